package vn.ocop.reporting.period.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.ocop.reporting.export.ConsolidatedReport;
import vn.ocop.reporting.export.ReportHalf;
import vn.ocop.reporting.export.TaskStatus;
import vn.ocop.reporting.export.UnitReportStatus;
import vn.ocop.reporting.period.Period;
import vn.ocop.reporting.period.ReportStatus;
import vn.ocop.reporting.period.UnitReport;
import vn.ocop.reporting.reference.District;
import vn.ocop.reporting.reference.Districts;
import vn.ocop.reporting.reference.ReportingUnits;
import vn.ocop.reporting.task.application.TaskService;
import vn.ocop.reporting.views.DossierStage;
import vn.ocop.reporting.views.FunnelRow;
import vn.ocop.reporting.views.Round;
import vn.ocop.reporting.views.StarCount;
import vn.ocop.reporting.views.Target;
import vn.ocop.reporting.views.TargetProgress;
import vn.ocop.reporting.views.application.ViewQueries;

/**
 * DARD's consolidated report for a period, prefilled from the event-built views of the period's year (funnel of
 * all its rounds, stars, targets) and the units' own reports and the directive tasks.
 */
@Service
public class ConsolidatedReports {

    private final PeriodService periods;
    private final TaskService tasks;
    private final ViewQueries views;
    private final ReportingUnits units;
    private final Clock clock;

    public ConsolidatedReports(
            PeriodService periods, TaskService tasks, ViewQueries views, ReportingUnits units, Clock clock) {
        this.periods = periods;
        this.tasks = tasks;
        this.views = views;
        this.units = units;
        this.clock = clock;
    }

    public ConsolidatedReport of(String periodId) {
        Period period = periods.get(periodId);
        Instant now = clock.instant();
        return new ConsolidatedReport(
                Districts.PROVINCE_NAME,
                period.year(),
                period.half() == 1 ? ReportHalf.H1 : ReportHalf.H2,
                period.dueDate(),
                now,
                funnel(period.year()),
                stars(period.year()),
                targets(period.year()),
                unitRows(period, now),
                narratives(period),
                tasks(now));
    }

    private List<ConsolidatedReport.DistrictFunnel> funnel(int year) {
        Map<String, int[]> byDistrict = new HashMap<>();
        // every round of the year in one aggregation (was four per round: minutes at national size)
        List<String> ofYear = views.rounds().stream()
                .filter(r -> r.year() == year)
                .map(Round::roundId)
                .toList();
        for (FunnelRow row : views.funnelByDistrict(ofYear)) {
            int[] sums = byDistrict.computeIfAbsent(row.key(), k -> new int[DossierStage.values().length]);
            for (DossierStage stage : DossierStage.values()) {
                sums[stage.ordinal()] += row.count(stage);
            }
        }
        List<ConsolidatedReport.DistrictFunnel> out = new ArrayList<>();
        for (District d : Districts.QUANG_NGAI_2020) {
            int[] s = byDistrict.getOrDefault(d.code(), new int[DossierStage.values().length]);
            out.add(new ConsolidatedReport.DistrictFunnel(
                    d.code(),
                    d.name(),
                    s[DossierStage.SUBMITTED.ordinal()],
                    s[DossierStage.RETURNED.ordinal()],
                    s[DossierStage.ACCEPTED.ordinal()],
                    s[DossierStage.DISTRICT_GRADED.ordinal()],
                    s[DossierStage.FORWARDED.ordinal()],
                    s[DossierStage.PROVINCE_GRADED.ordinal()],
                    s[DossierStage.RECOGNIZED.ordinal()]));
        }
        return out;
    }

    private List<ConsolidatedReport.DistrictStars> stars(int year) {
        return views.starsByDistrict(year).stream()
                .map((StarCount s) ->
                        new ConsolidatedReport.DistrictStars(s.key(), s.label(), s.stars3(), s.stars4(), s.stars5()))
                .toList();
    }

    private ConsolidatedReport.Targets targets(int year) {
        TargetProgress p = views.progress(year).orElseGet(() -> views.progressFor(new Target(year, 0, 0, 0)));
        return new ConsolidatedReport.Targets(
                year,
                p.target().minProducts(),
                p.target().maxProducts(),
                p.target().minFiveStar(),
                p.actual(),
                p.actualFiveStar(),
                p.projection());
    }

    private List<ConsolidatedReport.UnitReportRow> unitRows(Period period, Instant now) {
        List<ConsolidatedReport.UnitReportRow> rows = new ArrayList<>();
        for (String unit : period.unitCodes()) {
            ReportStatus status = period.status(unit, now);
            UnitReport report = period.reports().get(unit);
            UnitReportStatus shown = switch (status) {
                case SUBMITTED -> UnitReportStatus.SUBMITTED;
                case LATE -> UnitReportStatus.LATE;
                case MISSING, PENDING -> UnitReportStatus.MISSING;
            };
            rows.add(new ConsolidatedReport.UnitReportRow(
                    unit, units.nameOf(unit), shown, report == null ? null : report.submittedAt()));
        }
        return rows;
    }

    private List<ConsolidatedReport.UnitNarrative> narratives(Period period) {
        return period.unitCodes().stream()
                .filter(u -> period.reports().containsKey(u))
                .map(u -> {
                    UnitReport r = period.reports().get(u);
                    String figures = "Hồ sơ hướng dẫn: " + r.figures().dossiersGuided() + "; sản phẩm được công nhận: "
                            + r.figures().productsRecognized() + "; lớp tập huấn: "
                            + r.figures().trainingCourses()
                            + "; sự kiện xúc tiến thương mại: " + r.figures().tradePromotionEvents() + "; kinh phí: "
                            + r.figures().budgetMillionVnd() + " triệu đồng. ";
                    return new ConsolidatedReport.UnitNarrative(u, figures + r.narrative());
                })
                .toList();
    }

    private List<ConsolidatedReport.DirectiveTask> tasks(Instant now) {
        return tasks.all().stream()
                .map(t -> new ConsolidatedReport.DirectiveTask(
                        t.title(),
                        units.nameOf(t.ownerUnitCode()),
                        t.dueDate(),
                        TaskStatus.valueOf(t.displayStatus(now)),
                        t.note()))
                .toList();
    }
}
