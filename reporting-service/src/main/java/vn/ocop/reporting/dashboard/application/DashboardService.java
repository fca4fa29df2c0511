package vn.ocop.reporting.dashboard.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import vn.ocop.platform.config.ProvinceTime;
import vn.ocop.reporting.dashboard.health.PlatformHealth;
import vn.ocop.reporting.period.Period;
import vn.ocop.reporting.period.ReportStatus;
import vn.ocop.reporting.period.application.PeriodService;
import vn.ocop.reporting.reference.ReportingUnit;
import vn.ocop.reporting.reference.ReportingUnits;
import vn.ocop.reporting.task.DirectiveTask;
import vn.ocop.reporting.task.application.TaskService;
import vn.ocop.reporting.views.DistrictCompliance;
import vn.ocop.reporting.views.DossierStage;
import vn.ocop.reporting.views.Funnel;
import vn.ocop.reporting.views.Round;
import vn.ocop.reporting.views.StarCount;
import vn.ocop.reporting.views.TargetProgress;
import vn.ocop.reporting.views.application.ViewChangeListener;
import vn.ocop.reporting.views.application.ViewQueries;

/**
 * The body of GET /api/v1/dashboard (contract: docs/dashboard-api.md), also sent by the dashboard stream.
 * <p>
 * Computing it runs several aggregations over the whole dossier view, so the result is remembered per scope (round,
 * district) and given again while nothing it shows changed since: no change on this instance (it listens to the view
 * changes, first of the listeners so that the stream computes after the change is counted), none on another
 * instance (a shared counter, read every {@code ocop.reporting.dashboard-sync-interval}, default 0.5 s), the same
 * day in the province (see {@link DashboardGeneration}), and younger than {@code ocop.reporting.dashboard-max-age}
 * (default 5 min: the safety net for a change whose counter move was lost, e.g. an instance stopped between the two).
 * Concurrent requests for a scope share one computation. The health panel has its own short cache and is read for
 * every answer; {@code generatedAt} is the time the rest was computed.
 */
@Service
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DashboardService implements ViewChangeListener, DisposableBean {

    private final ViewQueries views;
    private final PeriodService periods;
    private final TaskService tasks;
    private final ReportingUnits units;
    private final PlatformHealth health;
    private final Clock clock;
    private final DashboardGeneration generation;
    private final SingleFlightMemo<Scope, Dashboard> memo;
    /** Recomputes aged dashboards in the background while readers get the previous one. */
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dashboard-refresh");
        t.setDaemon(true);
        return t;
    });

    public DashboardService(
            ViewQueries views,
            PeriodService periods,
            TaskService tasks,
            ReportingUnits units,
            PlatformHealth health,
            Clock clock,
            DashboardVersions versions,
            ObjectProvider<ViewChangeListener> listeners,
            @Value("${ocop.reporting.dashboard-max-age:PT5M}") Duration maxAge,
            @Value("${ocop.reporting.dashboard-sync-interval:PT0.5S}") Duration syncInterval) {
        this.views = views;
        this.periods = periods;
        this.tasks = tasks;
        this.units = units;
        this.health = health;
        this.clock = clock;
        // another instance's change: the other listeners (the stream) hear of it as of a local one; not this
        // service, which would publish it again as its own
        this.generation = new DashboardGeneration(
                versions,
                clock,
                syncInterval,
                () -> listeners.orderedStream().filter(l -> l != this).forEach(ViewChangeListener::viewsChanged));
        this.memo = new SingleFlightMemo<>(clock, maxAge, generation::current, refresher);
    }

    @Override
    public void destroy() {
        generation.close();
        refresher.shutdownNow();
    }

    /** What a dashboard is computed for. */
    private record Scope(String roundId, String district) {}

    public record RoundRef(String roundId, String label) {}

    public record FunnelView(String roundId, Map<String, Integer> byStatus, int total) {}

    public record DistrictStars(String districtCode, String districtName, int stars3, int stars4, int stars5) {}

    public record Targets(
            int year,
            int minProducts,
            int maxProducts,
            int minFiveStar,
            int actual,
            int actualFiveStar,
            int projection) {}

    public record Deadline(String kind, String label, LocalDate dueDate, String status, String unit) {}

    public record PeriodRef(String periodId, String label, LocalDate dueDate) {}

    public record UnitRef(String unitCode, String unitName) {}

    public record Cell(String unitCode, String periodId, String status) {}

    public record Reports(List<PeriodRef> periods, List<UnitRef> units, List<Cell> cells) {}

    public record Task(
            String taskId, String title, String ownerUnitName, LocalDate dueDate, String status, String note) {}

    public record Dashboard(
            Instant generatedAt,
            List<RoundRef> rounds,
            FunnelView funnel,
            List<DistrictStars> starsByDistrict,
            Targets targets,
            List<Deadline> deadlines,
            Reports reports,
            List<Task> tasks,
            PlatformHealth.Snapshot health) {

        Dashboard withHealth(PlatformHealth.Snapshot current) {
            return new Dashboard(
                    generatedAt, rounds, funnel, starsByDistrict, targets, deadlines, reports, tasks, current);
        }
    }

    /** A view, period or task changed on this instance: remembered dashboards are stale. */
    @Override
    public void viewsChanged() {
        generation.changedHere();
    }

    /**
     * @param roundId  the funnel's round, or null for the latest
     * @param district a district officer's district (the funnel and the stars are limited to it), or null
     */
    public Dashboard snapshot(String roundId, String district) {
        return memo.get(new Scope(roundId, district), now -> compute(roundId, district, now))
                .withHealth(health.snapshot());
    }

    private Dashboard compute(String roundId, String district, Instant now) {
        List<Round> rounds = views.rounds();
        String round = roundId != null
                ? roundId
                : rounds.isEmpty() ? null : rounds.get(0).roundId();
        FunnelView funnel = null;
        if (round != null) {
            Funnel f = views.funnel(round, district);
            Map<String, Integer> byStatus = new LinkedHashMap<>();
            for (DossierStage stage : DossierStage.values()) {
                byStatus.put(stage.name(), f.byStatus().getOrDefault(stage, 0));
            }
            funnel = new FunnelView(round, byStatus, f.total());
        }
        int year = rounds.isEmpty()
                ? ProvinceTime.today(clock).getYear()
                : rounds.get(0).year();
        List<DistrictStars> stars = views.starsByDistrict(year).stream()
                .filter(s -> district == null || district.equals(s.key()))
                .map((StarCount s) -> new DistrictStars(s.key(), s.label(), s.stars3(), s.stars4(), s.stars5()))
                .toList();
        Targets targets = views.progress(year)
                .map((TargetProgress p) -> new Targets(
                        year,
                        p.target().minProducts(),
                        p.target().maxProducts(),
                        p.target().minFiveStar(),
                        p.actual(),
                        p.actualFiveStar(),
                        p.projection()))
                .orElse(null);
        List<Period> allPeriods = periods.all();
        List<DirectiveTask> allTasks = tasks.all();
        return new Dashboard(
                now,
                rounds.stream().map(r -> new RoundRef(r.roundId(), r.label())).toList(),
                funnel,
                stars,
                targets,
                deadlines(rounds, allPeriods, allTasks, now),
                reports(allPeriods, now),
                taskList(allTasks, now),
                null);
    }

    private List<Deadline> deadlines(
            List<Round> rounds, List<Period> allPeriods, List<DirectiveTask> allTasks, Instant now) {
        List<Deadline> out = new ArrayList<>();
        Map<String, List<DistrictCompliance>> compliance = new LinkedHashMap<>();
        for (DistrictCompliance c : views.deadlineCompliance(null)) {
            compliance.computeIfAbsent(c.roundId(), k -> new ArrayList<>()).add(c);
        }
        for (Round r : rounds) {
            if (!ProvinceTime.isPast(r.districtDeadline(), now)) {
                out.add(new Deadline("DISTRICT_FORWARDING", r.label(), r.districtDeadline(), "UPCOMING", null));
            } else {
                for (DistrictCompliance c : compliance.getOrDefault(r.roundId(), List.of())) {
                    out.add(new Deadline(
                            "DISTRICT_FORWARDING",
                            r.label(),
                            r.districtDeadline(),
                            c.late() > 0 ? "MISSED" : "MET",
                            c.districtName()));
                }
            }
            if (r.provinceDeadline() != null && !ProvinceTime.isPast(r.provinceDeadline(), now)) {
                out.add(new Deadline("PROVINCE_RECOGNITION", r.label(), r.provinceDeadline(), "UPCOMING", null));
            }
        }
        for (Period p : allPeriods) {
            String label = "Báo cáo " + periodLabel(p);
            if (!p.isOverdue(now)) {
                out.add(new Deadline("PERIOD_REPORT", label, p.dueDate(), "UPCOMING", null));
                continue;
            }
            for (String unit : p.unitCodes()) {
                if (p.status(unit, now) == ReportStatus.MISSING) {
                    out.add(new Deadline("PERIOD_REPORT", label, p.dueDate(), "MISSED", units.nameOf(unit)));
                }
            }
        }
        for (DirectiveTask t : allTasks) {
            String status = t.displayStatus(now);
            if (!"DONE".equals(status)) {
                out.add(new Deadline(
                        "TASK",
                        t.title(),
                        t.dueDate(),
                        "OVERDUE".equals(status) ? "MISSED" : "UPCOMING",
                        units.nameOf(t.ownerUnitCode())));
            }
        }
        out.sort(Comparator.comparing(Deadline::dueDate));
        return List.copyOf(out); // remembered and shared by requests: immutable
    }

    private Reports reports(List<Period> allPeriods, Instant now) {
        List<Cell> cells = new ArrayList<>();
        for (Period p : allPeriods) {
            for (String unit : p.unitCodes()) {
                ReportStatus s = p.status(unit, now);
                if (s != ReportStatus.PENDING) {
                    cells.add(new Cell(unit, p.id(), s.name()));
                }
            }
        }
        return new Reports(
                allPeriods.stream()
                        .map(p -> new PeriodRef(p.id(), periodLabel(p), p.dueDate()))
                        .toList(),
                units.units().stream()
                        .map((ReportingUnit u) -> new UnitRef(u.code(), u.name()))
                        .toList(),
                List.copyOf(cells));
    }

    private List<Task> taskList(List<DirectiveTask> allTasks, Instant now) {
        return allTasks.stream()
                .map(t -> new Task(
                        t.id(),
                        t.title(),
                        units.nameOf(t.ownerUnitCode()),
                        t.dueDate(),
                        t.displayStatus(now),
                        t.note()))
                .toList();
    }

    private static String periodLabel(Period p) {
        return (p.half() == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + p.year();
    }
}
