package vn.ocop.reporting.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import vn.ocop.reporting.export.ConsolidatedReport.DirectiveTask;
import vn.ocop.reporting.export.ConsolidatedReport.DistrictFunnel;
import vn.ocop.reporting.export.ConsolidatedReport.DistrictStars;
import vn.ocop.reporting.export.ConsolidatedReport.Targets;
import vn.ocop.reporting.export.ConsolidatedReport.UnitNarrative;
import vn.ocop.reporting.export.ConsolidatedReport.UnitReportRow;
import vn.ocop.reporting.export.ReportSection.Column;

/** Lays the consolidated report out as the six tables both exports show, in reading order. */
final class ConsolidatedSections {

    static final String TOTAL = "Tổng cộng";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private ConsolidatedSections() {}

    static String title() {
        return "Báo cáo tổng hợp kết quả thực hiện Chương trình OCOP";
    }

    static List<ReportSection> of(ConsolidatedReport report) {
        return List.of(
                summary(report),
                funnel(report),
                stars(report),
                targets(report.targets()),
                unitReports(report),
                tasks(report));
    }

    private static ReportSection summary(ConsolidatedReport report) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Tỉnh", report.provinceName()));
        rows.add(row("Kỳ báo cáo", report.periodLabel()));
        rows.add(row("Hạn nộp báo cáo", report.periodDueDate()));
        rows.add(row("Thời điểm lập báo cáo", ExportFormats.provinceTime(report.generatedAt())));
        for (FunnelStage stage : FunnelStage.values()) {
            rows.add(
                    row("Hồ sơ – " + stage.label().toLowerCase(VIETNAMESE), sum(report.funnel(), f -> f.count(stage))));
        }
        rows.add(row("Sản phẩm 3 sao", sum(report.starsByDistrict(), DistrictStars::stars3)));
        rows.add(row("Sản phẩm 4 sao", sum(report.starsByDistrict(), DistrictStars::stars4)));
        rows.add(row("Sản phẩm 5 sao", sum(report.starsByDistrict(), DistrictStars::stars5)));
        Map<UnitReportStatus, Integer> byStatus = new EnumMap<>(UnitReportStatus.class);
        for (UnitReportStatus status : UnitReportStatus.values()) {
            byStatus.put(status, 0);
        }
        report.unitReports().forEach(r -> byStatus.merge(r.status(), 1, Integer::sum));
        for (UnitReportStatus status : UnitReportStatus.values()) {
            rows.add(row("Đơn vị báo cáo – " + status.label().toLowerCase(VIETNAMESE), byStatus.get(status)));
        }
        rows.add(row("Nhiệm vụ được giao", report.tasks().size()));
        rows.add(row("Nhiệm vụ hoàn thành", (int) report.tasks().stream()
                .filter(t -> t.status() == TaskStatus.DONE)
                .count()));
        rows.add(row("Nhiệm vụ quá hạn", (int) report.tasks().stream()
                .filter(t -> t.status() == TaskStatus.OVERDUE)
                .count()));
        return new ReportSection(
                "Tổng hợp", "Tổng hợp", List.of(new Column("Chỉ số", 42), new Column("Giá trị", 24)), rows, null);
    }

    private static ReportSection funnel(ConsolidatedReport report) {
        List<Column> columns = new ArrayList<>(List.of(new Column("Mã huyện", 10), new Column("Huyện", 24)));
        for (FunnelStage stage : FunnelStage.values()) {
            columns.add(new Column(stage.label(), 12));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (DistrictFunnel district : report.funnel()) {
            List<Object> row = row(district.districtCode(), district.districtName());
            for (FunnelStage stage : FunnelStage.values()) {
                row.add(district.count(stage));
            }
            rows.add(row);
        }
        List<Object> total = row(null, TOTAL);
        for (FunnelStage stage : FunnelStage.values()) {
            total.add(sum(report.funnel(), f -> f.count(stage)));
        }
        return new ReportSection("Theo huyện", "Kết quả đánh giá, phân hạng theo huyện", columns, rows, total);
    }

    private static ReportSection stars(ConsolidatedReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (DistrictStars district : report.starsByDistrict()) {
            rows.add(row(
                    district.districtCode(),
                    district.districtName(),
                    district.stars3(),
                    district.stars4(),
                    district.stars5(),
                    district.total()));
        }
        List<DistrictStars> all = report.starsByDistrict();
        List<Object> total = row(
                null,
                TOTAL,
                sum(all, DistrictStars::stars3),
                sum(all, DistrictStars::stars4),
                sum(all, DistrictStars::stars5),
                sum(all, DistrictStars::total));
        return new ReportSection(
                "Sao theo huyện",
                "Sản phẩm được công nhận theo hạng sao",
                List.of(
                        new Column("Mã huyện", 10),
                        new Column("Huyện", 24),
                        new Column("3 sao", 10),
                        new Column("4 sao", 10),
                        new Column("5 sao", 10),
                        new Column("Tổng", 10)),
                rows,
                total);
    }

    private static ReportSection targets(Targets targets) {
        String products =
                targets.productTargetMet() ? "Đạt" : targets.productTargetProjected() ? "Dự kiến đạt" : "Chưa đạt";
        List<List<Object>> rows = List.of(
                row(
                        "Sản phẩm đạt 3–5 sao năm " + targets.year(),
                        targets.minProducts(),
                        targets.maxProducts(),
                        targets.actual(),
                        targets.projection(),
                        products),
                row(
                        "Sản phẩm đạt 5 sao năm " + targets.year(),
                        targets.minFiveStar(),
                        null,
                        targets.actualFiveStar(),
                        null,
                        targets.fiveStarTargetMet() ? "Đạt" : "Chưa đạt"));
        return new ReportSection(
                "Mục tiêu",
                "Thực hiện mục tiêu năm " + targets.year(),
                List.of(
                        new Column("Chỉ tiêu", 34),
                        new Column("Tối thiểu", 11),
                        new Column("Tối đa", 11),
                        new Column("Thực hiện", 11),
                        new Column("Dự kiến cả năm", 15),
                        new Column("Đánh giá", 14)),
                rows,
                null);
    }

    private static ReportSection unitReports(ConsolidatedReport report) {
        Map<String, String> narratives = new HashMap<>();
        for (UnitNarrative narrative : report.narratives()) {
            narratives.put(narrative.unitCode(), narrative.text());
        }
        List<List<Object>> rows = new ArrayList<>();
        for (UnitReportRow unit : report.unitReports()) {
            rows.add(row(
                    unit.unitCode(),
                    unit.unitName(),
                    unit.status().label(),
                    ExportFormats.provinceTime(unit.submittedAt()),
                    narratives.get(unit.unitCode())));
        }
        return new ReportSection(
                "Báo cáo đơn vị",
                "Tình hình báo cáo của các đơn vị",
                List.of(
                        new Column("Mã đơn vị", 12),
                        new Column("Đơn vị", 30),
                        new Column("Tình trạng", 12),
                        new Column("Thời điểm nộp", 17),
                        new Column("Nội dung báo cáo", 50)),
                rows,
                null);
    }

    private static ReportSection tasks(ConsolidatedReport report) {
        List<List<Object>> rows = new ArrayList<>();
        int number = 1;
        for (DirectiveTask task : report.tasks()) {
            rows.add(row(
                    number++,
                    task.title(),
                    task.ownerUnitName(),
                    task.dueDate(),
                    task.status().label(),
                    task.note()));
        }
        return new ReportSection(
                "Nhiệm vụ",
                "Nhiệm vụ được giao",
                List.of(
                        new Column("STT", 6),
                        new Column("Nhiệm vụ", 50),
                        new Column("Đơn vị chủ trì", 28),
                        new Column("Hạn hoàn thành", 14),
                        new Column("Tình trạng", 15),
                        new Column("Ghi chú", 36)),
                rows,
                null);
    }

    /** Mutable and null-tolerant, unlike List.of: empty cells are null. */
    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    private static <T> int sum(List<T> items, ToIntFunction<T> figure) {
        return items.stream().mapToInt(figure).sum();
    }
}
