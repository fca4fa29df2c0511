// OCOP operations dashboard. Contract: docs/dashboard-api.md. Runs under a strict CSP (default-src 'self'):
// no inline code or styles, every element built with DOM APIs and every data string set through textContent.
import { MESSAGES } from './i18n.js';

const API = '/api/v1/dashboard';
const STREAM = '/api/v1/dashboard/stream';
const ZONE = 'Asia/Ho_Chi_Minh';
const SVG_NS = 'http://www.w3.org/2000/svg';
const LANG_KEY = 'ocopDashboardLang';
const TOKEN_KEY = 'ocopToken';
const RETRY_MS = 15000;
const LOCALES = { vi: 'vi-VN', en: 'en-GB' };
/** Pipeline order; statuses the page does not know yet are shown after these, as received. */
const FUNNEL_ORDER = ['SUBMITTED', 'RETURNED', 'ACCEPTED', 'DISTRICT_GRADED', 'FORWARDED', 'PROVINCE_GRADED',
  'RECOGNIZED', 'WITHDRAWN'];
const TASK_ORDER = { OVERDUE: 0, IN_PROGRESS: 1, OPEN: 2, DONE: 3 };

const state = {
  lang: MESSAGES[localStorage.getItem(LANG_KEY)] ? localStorage.getItem(LANG_KEY) : 'vi',
  token: null,
  data: null,
  selectedRound: null,
  roundFunnel: null,
  roundFetch: null,
  stream: null,
  connection: 'connecting',
  banner: null,
};

// ---------------------------------------------------------------- helpers

function t(key, params = {}) {
  const text = MESSAGES[state.lang][key] ?? MESSAGES.vi[key];
  if (text === undefined) {
    return null;
  }
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}

/** A translated label for a code, or the code itself when the page has no wording for it. */
function label(prefix, code) {
  return t(`${prefix}.${code}`) ?? String(code);
}

function el(tag, options = {}, children = []) {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined && options.text !== null) node.textContent = String(options.text);
  if (options.title) node.title = options.title;
  if (options.attrs) {
    for (const [name, value] of Object.entries(options.attrs)) node.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child) node.append(child);
  }
  return node;
}

function svg(tag, attrs = {}, children = []) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'text') node.textContent = String(value);
    else node.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child) node.append(child);
  }
  return node;
}

function svgTitle(text) {
  return svg('title', { text });
}

function formatNumber(n) {
  return new Intl.NumberFormat(LOCALES[state.lang]).format(n ?? 0);
}

/** An instant in the province's clock, whatever the browser's time zone. */
function formatInstant(iso) {
  return new Intl.DateTimeFormat(LOCALES[state.lang], {
    timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric',
    hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).format(new Date(iso));
}

/** A calendar date (yyyy-MM-dd) is not an instant: format it without any zone shift. */
function formatDate(isoDate) {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[state.lang], { timeZone: 'UTC', day: '2-digit', month: '2-digit',
    year: 'numeric' }).format(new Date(Date.UTC(y, m - 1, d)));
}

function todayInProvince() {
  // en-CA formats as yyyy-MM-dd.
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date());
}

/** Whole days from today (province calendar) to a due date; a deadline is the end of its day. */
function daysUntil(isoDate) {
  const toUtc = (s) => { const [y, m, d] = s.split('-').map(Number); return Date.UTC(y, m - 1, d); };
  return Math.round((toUtc(isoDate) - toUtc(todayInProvince())) / 86400000);
}

function panelBody(name) {
  return document.querySelector(`[data-panel="${name}"] .panel-body`);
}

function panelMeta(name) {
  return document.querySelector(`[data-panel="${name}"] .panel-meta`);
}

function empty() {
  return el('p', { className: 'empty', text: t('noData') });
}

// ---------------------------------------------------------------- token and transport

function readToken() {
  const match = location.hash.match(/(?:^#|&)token=([^&]+)/);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    // Keep the token out of the address bar, bookmarks and screen shares.
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

class AuthError extends Error {}

async function fetchDashboard(roundId) {
  const url = roundId ? `${API}?roundId=${encodeURIComponent(roundId)}` : API;
  const response = await fetch(url, {
    headers: { Authorization: `Bearer ${state.token}`, Accept: 'application/json' },
    cache: 'no-store',
  });
  if (response.status === 401 || response.status === 403) throw new AuthError();
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

/** Kept as a message key so that switching language re-words an open banner. */
function showBanner(key, params = {}) {
  state.banner = key ? { key, params } : null;
  const banner = document.getElementById('banner');
  banner.textContent = key ? t(key, params) : '';
  banner.hidden = !key;
}

function setConnection(connection) {
  state.connection = connection;
  const indicator = document.getElementById('live-indicator');
  indicator.classList.remove('live', 'connecting', 'reconnecting', 'offline');
  indicator.classList.add(connection);
  document.getElementById('live-text').textContent = t(connection);
}

function openStream() {
  // EventSource cannot send headers: the stream endpoint alone accepts the token as a query parameter.
  const stream = new EventSource(`${STREAM}?access_token=${encodeURIComponent(state.token)}`);
  state.stream = stream;
  stream.addEventListener('open', () => setConnection('live'));
  stream.addEventListener('dashboard', (event) => {
    setConnection('live');
    showBanner(null);
    receive(JSON.parse(event.data));
  });
  stream.addEventListener('error', () => {
    if (stream.readyState === EventSource.CLOSED) {
      // The browser gave up (e.g. a 401 or a non-stream answer): start over later with a fresh snapshot.
      setConnection('offline');
      stream.close();
      setTimeout(start, RETRY_MS);
    } else {
      setConnection('reconnecting');
    }
  });
}

async function start() {
  if (state.stream) {
    state.stream.close();
    state.stream = null;
  }
  try {
    receive(await fetchDashboard(null));
    showBanner(null);
    openStream();
  } catch (error) {
    setConnection('offline');
    if (error instanceof AuthError) {
      showBanner('unauthorized');
      return;
    }
    showBanner('loadFailed', { reason: error.message });
    setTimeout(start, RETRY_MS);
  }
}

function receive(data) {
  state.data = data;
  if (state.selectedRound && data.funnel && state.selectedRound !== data.funnel.roundId) {
    refreshRoundFunnel();
  }
  render();
}

/** The stream carries the default round; a user who picked another one gets its funnel re-read on each change. */
function refreshRoundFunnel() {
  const roundId = state.selectedRound;
  if (state.roundFetch) return;
  state.roundFetch = fetchDashboard(roundId)
    .then((data) => {
      if (state.selectedRound === roundId) {
        state.roundFunnel = data.funnel;
        renderFunnel();
      }
    })
    .catch((error) => showBanner('loadFailed', { reason: error.message }))
    .finally(() => {
      state.roundFetch = null;
      // The user may have picked yet another round while this one was loading.
      if (state.selectedRound !== roundId && state.selectedRound !== state.data?.funnel?.roundId) {
        refreshRoundFunnel();
      }
    });
}

// ---------------------------------------------------------------- rendering

function applyLanguage() {
  document.documentElement.lang = state.lang;
  document.title = t('pageTitle');
  for (const node of document.querySelectorAll('[data-i18n]')) {
    node.textContent = t(node.dataset.i18n);
  }
  const toggle = document.getElementById('lang-toggle');
  toggle.textContent = t('switchLanguage');
  toggle.title = t('switchLanguageHint');
  toggle.lang = state.lang === 'vi' ? 'en' : 'vi';
  setConnection(state.connection);
  showBanner(state.banner?.key, state.banner?.params);
}

function render() {
  const data = state.data;
  if (!data) return;
  document.getElementById('last-update').textContent = t('updatedAt', { time: formatInstant(data.generatedAt) });
  renderFunnel();
  renderStars(data.starsByDistrict ?? []);
  renderTargets(data.targets);
  renderDeadlines(data.deadlines ?? []);
  renderReports(data.reports);
  renderTasks(data.tasks ?? []);
  renderHealth(data.health);
}

function currentFunnel() {
  const data = state.data;
  if (state.selectedRound && state.selectedRound !== data.funnel?.roundId) {
    return state.roundFunnel?.roundId === state.selectedRound ? state.roundFunnel : null;
  }
  return data.funnel;
}

function renderRoundSelect() {
  const select = document.getElementById('round-select');
  const rounds = state.data.rounds ?? [];
  const selected = state.selectedRound ?? state.data.funnel?.roundId;
  select.replaceChildren(...rounds.map((round) => {
    const option = el('option', { text: round.label });
    option.value = round.roundId;
    option.selected = round.roundId === selected;
    return option;
  }));
  select.disabled = rounds.length < 2;
}

function renderFunnel() {
  renderRoundSelect();
  const body = panelBody('funnel');
  const funnel = currentFunnel();
  if (!funnel) {
    body.replaceChildren(empty());
    return;
  }
  const byStatus = funnel.byStatus ?? {};
  const statuses = [...FUNNEL_ORDER.filter((s) => s in byStatus),
    ...Object.keys(byStatus).filter((s) => !FUNNEL_ORDER.includes(s))];
  if (statuses.length === 0) {
    body.replaceChildren(empty());
    return;
  }
  const max = Math.max(1, ...statuses.map((s) => byStatus[s]));
  const rowHeight = 30;
  const labelWidth = 190;
  const barSpace = 340;
  const width = labelWidth + barSpace + 60;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${statuses.length * rowHeight}`, class: 'chart funnel-chart',
    role: 'img', 'aria-label': t('panel.funnel') });
  statuses.forEach((status, i) => {
    const count = byStatus[status] ?? 0;
    const y = i * rowHeight;
    const barWidth = Math.max(count > 0 ? 2 : 0, (count / max) * barSpace);
    chart.append(svg('g', { class: `funnel-row status-${status}` }, [
      svgTitle(`${label('status', status)}: ${formatNumber(count)}`),
      svg('text', { x: labelWidth - 10, y: y + rowHeight / 2, class: 'axis-label', 'text-anchor': 'end',
        'dominant-baseline': 'central', text: label('status', status) }),
      svg('rect', { x: labelWidth, y: y + 5, width: barSpace, height: rowHeight - 10, rx: 4, class: 'track' }),
      svg('rect', { x: labelWidth, y: y + 5, width: barWidth, height: rowHeight - 10, rx: 4, class: 'bar' }),
      svg('text', { x: labelWidth + barWidth + 8, y: y + rowHeight / 2, class: 'value-label',
        'dominant-baseline': 'central', text: formatNumber(count) }),
    ]));
  });
  body.replaceChildren(el('p', { className: 'figure-caption', text: t('total', { n: formatNumber(funnel.total) }) }),
    chart);
}

function renderStars(districts) {
  const body = panelBody('stars-by-district');
  const totals = districts.map((d) => (d.stars3 ?? 0) + (d.stars4 ?? 0) + (d.stars5 ?? 0));
  const sum = (key) => districts.reduce((acc, d) => acc + (d[key] ?? 0), 0);
  panelMeta('stars-by-district').textContent =
    `★3 ${formatNumber(sum('stars3'))} · ★4 ${formatNumber(sum('stars4'))} · ★5 ${formatNumber(sum('stars5'))}`;
  if (districts.length === 0) {
    body.replaceChildren(empty());
    return;
  }
  const max = Math.max(1, ...totals);
  const rowHeight = 26;
  const labelWidth = 170;
  const barSpace = 380;
  const axisHeight = 22;
  const width = labelWidth + barSpace + 40;
  const height = districts.length * rowHeight + axisHeight;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart stars-chart', role: 'img',
    'aria-label': t('panel.stars') });
  const step = niceStep(max);
  for (let tick = 0; tick <= max; tick += step) {
    const x = labelWidth + (tick / max) * barSpace;
    chart.append(svg('line', { x1: x, x2: x, y1: 0, y2: height - axisHeight, class: 'gridline' }),
      svg('text', { x, y: height - 6, class: 'tick-label', 'text-anchor': 'middle', text: formatNumber(tick) }));
  }
  districts.forEach((district, i) => {
    const y = i * rowHeight;
    const row = svg('g', { class: 'stars-row' }, [
      svgTitle(`${t('starsTotal', { district: district.districtName, n: totals[i] })} — `
        + `${t('stars3')}: ${district.stars3 ?? 0}, ${t('stars4')}: ${district.stars4 ?? 0}, `
        + `${t('stars5')}: ${district.stars5 ?? 0}`),
      svg('text', { x: labelWidth - 10, y: y + rowHeight / 2, class: 'axis-label', 'text-anchor': 'end',
        'dominant-baseline': 'central', text: district.districtName }),
    ]);
    let x = labelWidth;
    for (const level of [3, 4, 5]) {
      const count = district[`stars${level}`] ?? 0;
      const w = (count / max) * barSpace;
      if (count > 0) {
        row.append(svg('rect', { x, y: y + 5, width: w, height: rowHeight - 10, class: `seg seg-${level}` }));
        if (w >= 16) {
          row.append(svg('text', { x: x + w / 2, y: y + rowHeight / 2, class: `seg-label seg-label-${level}`,
            'text-anchor': 'middle', 'dominant-baseline': 'central', text: formatNumber(count) }));
        }
      }
      x += w;
    }
    row.append(svg('text', { x: x + 6, y: y + rowHeight / 2, class: 'value-label', 'dominant-baseline': 'central',
      text: formatNumber(totals[i]) }));
    chart.append(row);
  });
  body.replaceChildren(chart, legend([[t('stars3'), 'seg-3'], [t('stars4'), 'seg-4'], [t('stars5'), 'seg-5']]));
}

function niceStep(max) {
  const rough = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(rough, 1)));
  return [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? magnitude * 10;
}

function legend(entries) {
  return el('ul', { className: 'legend' }, entries.map(([text, className]) => el('li', {}, [
    el('span', { className: `swatch ${className}`, attrs: { 'aria-hidden': 'true' } }),
    el('span', { text }),
  ])));
}

function renderTargets(targets) {
  const body = panelBody('targets');
  if (!targets) {
    body.replaceChildren(empty());
    panelMeta('targets').textContent = '';
    return;
  }
  panelMeta('targets').textContent = String(targets.year);
  const productsMet = targets.actual >= targets.minProducts;
  const productVerdict = productsMet ? 'met' : targets.projection >= targets.minProducts ? 'projectedMet' : 'notMet';
  const fiveStarVerdict = targets.actualFiveStar >= targets.minFiveStar ? 'met' : 'notMet';
  body.replaceChildren(el('div', { className: 'gauges' }, [
    gauge({
      title: t('targetProducts'), value: targets.actual, min: targets.minProducts, max: targets.maxProducts,
      caption: t('targetRange', { min: targets.minProducts, max: targets.maxProducts }),
      extra: t('projection', { n: formatNumber(targets.projection) }), projection: targets.projection,
      verdict: productVerdict,
    }),
    gauge({
      title: t('targetFiveStar'), value: targets.actualFiveStar, min: targets.minFiveStar, max: targets.minFiveStar,
      caption: t('targetMin', { min: targets.minFiveStar }), verdict: fiveStarVerdict,
    }),
  ]));
}

/** Semicircle gauge: the shaded band is the target range, the coloured arc the value reached. */
function gauge({ title, value, min, max, caption, extra, projection, verdict }) {
  const scale = Math.max(Math.ceil((Math.max(max, value, projection ?? 0) * 1.25) / 5) * 5, 5);
  const cx = 110;
  const cy = 105;
  const r = 82;
  const point = (fraction, radius = r) => {
    const angle = Math.PI * (1 - Math.min(Math.max(fraction, 0), 1));
    return [cx + radius * Math.cos(angle), cy - radius * Math.sin(angle)];
  };
  const arc = (from, to, radius = r) => {
    const [x0, y0] = point(from / scale, radius);
    const [x1, y1] = point(to / scale, radius);
    return `M ${x0.toFixed(2)} ${y0.toFixed(2)} A ${radius} ${radius} 0 0 1 ${x1.toFixed(2)} ${y1.toFixed(2)}`;
  };
  const chart = svg('svg', { viewBox: '0 -6 220 136', class: `chart gauge verdict-${verdict}`, role: 'img',
    'aria-label': `${title}: ${value} (${caption})` }, [
    svg('path', { d: arc(0, scale), class: 'gauge-track' }),
    // The target range rides outside the dial so that a value past it does not hide it.
    svg('path', { d: arc(min, max === min ? Math.min(min + scale * 0.02, scale) : max, r + 14),
      class: 'gauge-band' }, [svgTitle(caption)]),
    value > 0 ? svg('path', { d: arc(0, value), class: 'gauge-value' }) : null,
    svg('text', { x: cx, y: cy - 14, 'text-anchor': 'middle', class: 'gauge-number', text: formatNumber(value) }),
    svg('text', { x: cx, y: cy + 8, 'text-anchor': 'middle', class: 'gauge-caption', text: caption }),
    svg('text', { x: cx - r, y: cy + 20, 'text-anchor': 'middle', class: 'tick-label', text: '0' }),
    svg('text', { x: cx + r, y: cy + 20, 'text-anchor': 'middle', class: 'tick-label', text: formatNumber(scale) }),
  ]);
  if (projection !== undefined && projection > 0) {
    const [px, py] = point(projection / scale);
    const [ix, iy] = [cx + (px - cx) * 0.78, cy + (py - cy) * 0.78];
    chart.append(svg('line', { x1: ix, y1: iy, x2: cx + (px - cx) * 1.12, y2: cy + (py - cy) * 1.12,
      class: 'gauge-projection' }, [svgTitle(extra)]));
  }
  return el('figure', { className: 'gauge-card' }, [
    el('figcaption', { text: title }),
    chart,
    el('span', { className: `verdict verdict-${verdict}`, text: t(verdict) }),
    extra ? el('p', { className: 'gauge-extra', text: extra }) : null,
  ]);
}

function renderDeadlines(deadlines) {
  const body = panelBody('deadlines');
  const upcoming = deadlines.filter((d) => d.status === 'UPCOMING')
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const missed = deadlines.filter((d) => d.status === 'MISSED')
    .sort((a, b) => b.dueDate.localeCompare(a.dueDate));
  const met = deadlines.filter((d) => d.status === 'MET').length;
  panelMeta('deadlines').textContent = t('metCount', { n: formatNumber(met) });
  if (upcoming.length === 0 && missed.length === 0) {
    body.replaceChildren(empty());
    return;
  }
  const group = (titleKey, items, className) => el('div', { className: `deadline-group ${className}` }, [
    el('h3', { text: `${t(titleKey)} (${formatNumber(items.length)})` }),
    items.length === 0 ? empty() : el('ul', { className: 'deadline-list' }, items.map(deadlineItem)),
  ]);
  body.replaceChildren(group('missed', missed, 'missed'), group('upcoming', upcoming, 'upcoming'));
}

function deadlineItem(deadline) {
  const days = daysUntil(deadline.dueDate);
  let relative;
  if (deadline.status === 'MISSED') relative = t('daysLate', { n: Math.max(-days, 0) });
  else if (days <= 0) relative = t('dueToday');
  else relative = t('daysLeft', { n: days });
  const soon = deadline.status === 'UPCOMING' && days <= 7;
  return el('li', { className: `deadline ${deadline.status.toLowerCase()}${soon ? ' soon' : ''}` }, [
    el('time', { className: 'deadline-date', text: formatDate(deadline.dueDate),
      attrs: { datetime: deadline.dueDate } }),
    el('div', { className: 'deadline-main' }, [
      el('span', { className: 'deadline-label', text: deadline.label }),
      el('span', { className: 'deadline-sub',
        text: [label('kind', deadline.kind), deadline.unit].filter(Boolean).join(' · ') }),
    ]),
    el('span', { className: 'deadline-relative', text: relative }),
  ]);
}

function renderReports(reports) {
  const body = panelBody('reports');
  const periods = reports?.periods ?? [];
  const units = reports?.units ?? [];
  if (periods.length === 0 || units.length === 0) {
    body.replaceChildren(empty());
    panelMeta('reports').textContent = '';
    return;
  }
  const cells = new Map((reports.cells ?? []).map((c) => [`${c.unitCode}\u0000${c.periodId}`, c.status]));
  const statusOf = (unit, period) => cells.get(`${unit.unitCode}\u0000${period.periodId}`) ?? 'NONE';
  // The newest period anyone has reported on: a period not yet due would read as "0 submitted".
  const reported = new Set((reports.cells ?? []).map((c) => c.periodId));
  const latest = [...periods].reverse().find((p) => reported.has(p.periodId)) ?? periods[periods.length - 1];
  const submittedLatest = units.filter((u) => ['SUBMITTED', 'LATE'].includes(statusOf(u, latest))).length;
  panelMeta('reports').textContent = `${latest.label}: ${t('reportsSubmitted')} ${submittedLatest}/${units.length}`;

  const head = el('thead', {}, [el('tr', {}, [
    el('th', { text: t('unit'), attrs: { scope: 'col' }, className: 'unit-col' }),
    ...periods.map((p) => el('th', { attrs: { scope: 'col' } }, [
      el('span', { className: 'period-label', text: p.label }),
      el('span', { className: 'period-due', text: t('due', { date: formatDate(p.dueDate) }) }),
    ])),
  ])]);
  const symbols = { SUBMITTED: '✓', LATE: '!', MISSING: '✕', NONE: '–' };
  const rows = el('tbody', {}, units.map((unit) => el('tr', {}, [
    el('th', { text: unit.unitName, attrs: { scope: 'row' }, className: 'unit-col' }),
    ...periods.map((period) => {
      const status = statusOf(unit, period);
      const text = label('report', status);
      return el('td', { className: `report-cell report-${status}`,
        title: `${unit.unitName} – ${period.label}: ${text}` }, [
        el('span', { className: 'report-symbol', text: symbols[status] ?? '?', attrs: { 'aria-hidden': 'true' } }),
        el('span', { className: 'report-text', text }),
      ]);
    }),
  ])));
  body.replaceChildren(
    el('div', { className: 'table-scroll' }, [el('table', { className: 'matrix' }, [head, rows])]),
    legend(['SUBMITTED', 'LATE', 'MISSING', 'NONE'].map((s) => [label('report', s), `report-${s}`])),
  );
}

function renderTasks(tasks) {
  const body = panelBody('tasks');
  const count = (status) => tasks.filter((task) => task.status === status).length;
  panelMeta('tasks').textContent = t('tasksSummary', { done: formatNumber(count('DONE')),
    total: formatNumber(tasks.length), overdue: formatNumber(count('OVERDUE')) });
  if (tasks.length === 0) {
    body.replaceChildren(empty());
    return;
  }
  const sorted = [...tasks].sort((a, b) => (TASK_ORDER[a.status] ?? 9) - (TASK_ORDER[b.status] ?? 9)
    || String(a.dueDate).localeCompare(String(b.dueDate)));
  const head = el('thead', {}, [el('tr', {}, ['taskTitle', 'taskOwner', 'taskDue', 'taskStatus', 'taskNote']
    .map((key) => el('th', { text: t(key), attrs: { scope: 'col' } })))]);
  const rows = el('tbody', {}, sorted.map((task) => el('tr', { className: `task task-${task.status}` }, [
    el('td', { className: 'task-title', text: task.title }),
    el('td', { text: task.ownerUnitName }),
    el('td', { className: 'nowrap' }, [el('time', { text: formatDate(task.dueDate),
      attrs: { datetime: task.dueDate ?? '' } })]),
    el('td', {}, [el('span', { className: `chip chip-${task.status}`, text: label('task', task.status) })]),
    el('td', { className: 'task-note', text: task.note ?? '' }),
  ])));
  body.replaceChildren(el('div', { className: 'table-scroll tasks-scroll' },
    [el('table', { className: 'tasks-table' }, [head, rows])]));
}

function renderHealth(health) {
  const body = panelBody('health');
  if (!health) {
    body.replaceChildren(empty());
    return;
  }
  const services = health.services ?? [];
  const down = services.filter((s) => s.status !== 'UP').length;
  panelMeta('health').textContent = `${services.length - down}/${services.length} UP`;
  const metric = (key, value, warnAbove, badAbove) => {
    const level = value > badAbove ? 'bad' : value > warnAbove ? 'warn' : 'ok';
    return el('div', { className: `metric metric-${level}` }, [
      el('span', { className: 'metric-value', text: formatNumber(value) }),
      el('span', { className: 'metric-label', text: t(key) }),
    ]);
  };
  body.replaceChildren(
    el('div', { className: 'metrics' }, [
      // Thresholds: any dead letter needs an operator; lag and backlog only matter when they keep growing.
      metric('consumerLag', health.consumerLag ?? 0, 100, 1000),
      metric('dlqCount', health.dlqCount ?? 0, -1, 0),
      metric('outboxBacklog', health.outboxBacklog ?? 0, 10, 100),
    ]),
    el('h3', { className: 'services-title', text: t('services') }),
    el('ul', { className: 'services' }, services.map((service) => el('li', {}, [
      el('span', { className: 'service-name', text: service.name }),
      el('span', { className: `chip service-${service.status === 'UP' ? 'up' : service.status === 'DOWN' ? 'down'
        : 'unknown'}`, text: service.status }),
    ]))),
  );
}

// ---------------------------------------------------------------- start-up

document.getElementById('lang-toggle').addEventListener('click', () => {
  state.lang = state.lang === 'vi' ? 'en' : 'vi';
  localStorage.setItem(LANG_KEY, state.lang);
  applyLanguage();
  render();
});

document.getElementById('round-select').addEventListener('change', (event) => {
  state.selectedRound = event.target.value;
  state.roundFunnel = null;
  renderFunnel();
  if (state.selectedRound !== state.data?.funnel?.roundId) {
    refreshRoundFunnel();
  }
});

applyLanguage();
state.token = readToken();
if (state.token) {
  start();
} else {
  setConnection('offline');
  showBanner('noToken');
}
