package vn.ocop.reporting.export;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.reporting.export.ConsolidatedReport.UnitNarrative;
import vn.ocop.reporting.export.ConsolidatedReport.UnitReportRow;

class ConsolidatedReportTest {

    @Test
    void refusesNarrativeOfUnitWithoutStatusRowBecauseExportsWouldDropIt() {
        ConsolidatedReport full = QuangNgaiReports.firstHalf2020();

        assertThatThrownBy(() -> new ConsolidatedReport(
                        full.provinceName(),
                        full.year(),
                        full.half(),
                        full.periodDueDate(),
                        full.generatedAt(),
                        full.funnel(),
                        full.starsByDistrict(),
                        full.targets(),
                        full.unitReports(),
                        List.of(new UnitNarrative("SGDDT", "Sở Giáo dục chưa được giao báo cáo")),
                        full.tasks()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SGDDT");
    }

    @Test
    void refusesSubmissionTimeOnMissingReport() {
        assertThatThrownBy(() -> new UnitReportRow(
                        "536", "UBND Huyện Lý Sơn", UnitReportStatus.MISSING, Instant.parse("2020-06-19T02:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
