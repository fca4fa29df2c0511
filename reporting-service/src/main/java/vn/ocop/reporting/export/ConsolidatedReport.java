package vn.ocop.reporting.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything DARD's semi-annual consolidated report shows, already read from the views: the exporters
 * only lay it out. Lists keep the caller's order (districts in official order, units as listed in the period).
 */
public record ConsolidatedReport(
        String provinceName,
        int year,
        ReportHalf half,
        LocalDate periodDueDate,
        Instant generatedAt,
        List<DistrictFunnel> funnel,
        List<DistrictStars> starsByDistrict,
        Targets targets,
        List<UnitReportRow> unitReports,
        List<UnitNarrative> narratives,
        List<DirectiveTask> tasks) {

    public ConsolidatedReport {
        Objects.requireNonNull(provinceName, "provinceName");
        Objects.requireNonNull(half, "half");
        Objects.requireNonNull(periodDueDate, "periodDueDate");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(targets, "targets");
        funnel = List.copyOf(funnel);
        starsByDistrict = List.copyOf(starsByDistrict);
        unitReports = List.copyOf(unitReports);
        narratives = List.copyOf(narratives);
        tasks = List.copyOf(tasks);
        // A narrative is shown beside its unit's status row; one without a row would silently vanish.
        Set<String> units = unitReports.stream().map(UnitReportRow::unitCode).collect(Collectors.toSet());
        for (UnitNarrative narrative : narratives) {
            if (!units.contains(narrative.unitCode())) {
                throw new IllegalArgumentException(
                        "narrative of unit " + narrative.unitCode() + " has no report status row");
            }
        }
    }

    /** e.g. "6 tháng đầu năm 2020". */
    public String periodLabel() {
        return half.label() + " " + year;
    }

    public record DistrictFunnel(
            String districtCode,
            String districtName,
            int submitted,
            int returned,
            int accepted,
            int districtGraded,
            int forwarded,
            int provinceGraded,
            int recognized) {

        public int count(FunnelStage stage) {
            return switch (stage) {
                case SUBMITTED -> submitted;
                case RETURNED -> returned;
                case ACCEPTED -> accepted;
                case DISTRICT_GRADED -> districtGraded;
                case FORWARDED -> forwarded;
                case PROVINCE_GRADED -> provinceGraded;
                case RECOGNIZED -> recognized;
            };
        }
    }

    public record DistrictStars(String districtCode, String districtName, int stars3, int stars4, int stars5) {

        public int total() {
            return stars3 + stars4 + stars5;
        }
    }

    /**
     * The year's targets (2020: 20–25 products at 3–5★, at least 3 at 5★) against what has been recognised;
     * {@code projection} is the expected 3–5★ count at year end.
     */
    public record Targets(
            int year,
            int minProducts,
            int maxProducts,
            int minFiveStar,
            int actual,
            int actualFiveStar,
            int projection) {

        public boolean productTargetMet() {
            return actual >= minProducts;
        }

        public boolean productTargetProjected() {
            return projection >= minProducts;
        }

        public boolean fiveStarTargetMet() {
            return actualFiveStar >= minFiveStar;
        }
    }

    /** {@code submittedAt} is null while the report is missing. */
    public record UnitReportRow(String unitCode, String unitName, UnitReportStatus status, Instant submittedAt) {

        public UnitReportRow {
            Objects.requireNonNull(status, "status");
            if (status == UnitReportStatus.MISSING && submittedAt != null) {
                throw new IllegalArgumentException("a missing report has no submission time: " + unitCode);
            }
        }
    }

    public record UnitNarrative(String unitCode, String text) {}

    public record DirectiveTask(
            String title, String ownerUnitName, LocalDate dueDate, TaskStatus status, String note) {}
}
