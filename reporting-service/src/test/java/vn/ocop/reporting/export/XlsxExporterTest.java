package vn.ocop.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class XlsxExporterTest {

    private static byte[] consolidated;

    @BeforeAll
    static void export() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter().writeConsolidated(QuangNgaiReports.firstHalf2020(), out);
        consolidated = out.toByteArray();
    }

    @Test
    void consolidatedWorkbookHasTheSixVietnameseSheetsInReadingOrder() throws IOException {
        try (ReadableWorkbook workbook = open(consolidated)) {
            assertThat(workbook.getSheets().map(Sheet::getName))
                    .containsExactly(
                            "Tổng hợp", "Theo huyện", "Sao theo huyện", "Mục tiêu", "Báo cáo đơn vị", "Nhiệm vụ");
        }
    }

    @Test
    void districtSheetHoldsFunnelFiguresAsNumbersUnderVietnameseHeaders() throws IOException {
        List<Row> rows = rows(consolidated, "Theo huyện");

        assertThat(texts(headerRow(rows)))
                .containsExactly(
                        "Mã huyện",
                        "Huyện",
                        "Đã nộp",
                        "Trả lại bổ sung",
                        "Đã tiếp nhận",
                        "Huyện đã chấm",
                        "Đã chuyển tỉnh",
                        "Tỉnh đã chấm",
                        "Được công nhận");
        Row moDuc = rowStartingWith(rows, "533");
        assertThat(moDuc.getCellText(1)).isEqualTo("Huyện Mộ Đức");
        assertThat(moDuc.getCell(2).getType()).isEqualTo(CellType.NUMBER);
        assertThat(numbers(moDuc, 2, 9)).containsExactly(7, 2, 5, 5, 4, 4, 4);
    }

    @Test
    void districtSheetEndsWithProvinceTotalOfEveryStage() throws IOException {
        List<Row> rows = rows(consolidated, "Theo huyện");

        Row total = rows.get(rows.size() - 1);
        assertThat(total.getCellText(1)).isEqualTo("Tổng cộng");
        assertThat(numbers(total, 2, 9)).containsExactly(60, 7, 53, 53, 39, 39, 31);
        assertThat(rows)
                .filteredOn(r -> r.getRowNum() > XlsxExporter.HEADER_ROW + 1)
                .hasSize(13 + 1);
    }

    @Test
    void starSheetSplitsRecognisedProductsByStarPerDistrict() throws IOException {
        List<Row> rows = rows(consolidated, "Sao theo huyện");

        assertThat(numbers(rowStartingWith(rows, "536"), 2, 6)).containsExactly(2, 1, 0, 3);
        assertThat(numbers(rows.get(rows.size() - 1), 2, 6)).containsExactly(29, 2, 0, 31);
    }

    @Test
    void targetSheetJudgesProductTargetMetAndFiveStarTargetMissed() throws IOException {
        List<Row> rows = rows(consolidated, "Mục tiêu");

        Row products = rowStartingWith(rows, "Sản phẩm đạt 3–5 sao năm 2020");
        assertThat(numbers(products, 1, 5)).containsExactly(20, 25, 31, 31);
        assertThat(products.getCellText(5)).isEqualTo("Đạt");
        Row fiveStar = rowStartingWith(rows, "Sản phẩm đạt 5 sao năm 2020");
        assertThat(fiveStar.getCellAsNumber(1)).contains(new BigDecimal("3"));
        assertThat(fiveStar.getCellAsNumber(3)).contains(BigDecimal.ZERO);
        assertThat(fiveStar.getCellText(5)).isEqualTo("Chưa đạt");
    }

    @Test
    void datesAreDateCellsInProvinceTime() throws IOException {
        List<Row> summary = rows(consolidated, "Tổng hợp");
        Cell due = rowStartingWith(summary, "Hạn nộp báo cáo").getCell(1);
        assertThat(due.getType()).isEqualTo(CellType.NUMBER);
        assertThat(due.getDataFormatString()).isEqualTo("dd/mm/yyyy");
        assertThat(due.asDate()).isEqualTo(LocalDate.of(2020, 6, 20).atStartOfDay());
        assertThat(rowStartingWith(summary, "Thời điểm lập báo cáo").getCellAsDate(1))
                .contains(LocalDateTime.of(2020, 6, 21, 8, 5));

        Row lateUnit = rowStartingWith(rows(consolidated, "Báo cáo đơn vị"), "530");
        assertThat(lateUnit.getCellAsDate(3)).contains(LocalDateTime.of(2020, 6, 22, 16, 30));
    }

    @Test
    void unitSheetShowsStatusInVietnameseWithNarrativeAndNoTimeForMissingReports() throws IOException {
        List<Row> rows = rows(consolidated, "Báo cáo đơn vị");

        assertThat(rows)
                .filteredOn(r -> r.getRowNum() > XlsxExporter.HEADER_ROW + 1)
                .hasSize(22);
        Row late = rowStartingWith(rows, "530");
        assertThat(late.getCellText(2)).isEqualTo("Nộp muộn");
        assertThat(late.getCellText(4)).startsWith("UBND Huyện Sơn Tây đã tổ chức tuyên truyền");
        Row missing = rowStartingWith(rows, "SYT");
        assertThat(missing.getCellText(2)).isEqualTo("Chưa nộp");
        assertThat(missing.getOptionalCell(3).map(Cell::getType).orElse(CellType.EMPTY))
                .isEqualTo(CellType.EMPTY);
        assertThat(missing.getOptionalCell(4).map(Cell::getType).orElse(CellType.EMPTY))
                .isEqualTo(CellType.EMPTY);
    }

    @Test
    void summarySheetCountsUnitsAndTasksByStatus() throws IOException {
        List<Row> summary = rows(consolidated, "Tổng hợp");

        assertThat(rowStartingWith(summary, "Đơn vị báo cáo – đã nộp").getCellAsNumber(1))
                .contains(new BigDecimal(18));
        assertThat(rowStartingWith(summary, "Đơn vị báo cáo – nộp muộn").getCellAsNumber(1))
                .contains(new BigDecimal(2));
        assertThat(rowStartingWith(summary, "Đơn vị báo cáo – chưa nộp").getCellAsNumber(1))
                .contains(new BigDecimal(2));
        assertThat(rowStartingWith(summary, "Nhiệm vụ được giao").getCellAsNumber(1))
                .contains(new BigDecimal(30));
        assertThat(rowStartingWith(summary, "Nhiệm vụ hoàn thành").getCellAsNumber(1))
                .contains(new BigDecimal(18));
        assertThat(rowStartingWith(summary, "Nhiệm vụ quá hạn").getCellAsNumber(1))
                .contains(new BigDecimal(4));
    }

    @Test
    void taskSheetListsEveryTaskNumberedWithDueDate() throws IOException {
        List<Row> rows = rows(consolidated, "Nhiệm vụ");

        assertThat(texts(headerRow(rows)))
                .containsExactly("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Hạn hoàn thành", "Tình trạng", "Ghi chú");
        List<Row> tasks = rows.stream()
                .filter(r -> r.getRowNum() > XlsxExporter.HEADER_ROW + 1)
                .toList();
        assertThat(tasks).hasSize(30);
        Row last = tasks.get(29);
        assertThat(last.getCellAsNumber(0)).contains(new BigDecimal(30));
        assertThat(last.getCellText(1)).isEqualTo("Đánh giá, phân hạng sản phẩm OCOP đợt 2 năm 2020");
        Row lyson = rowStartingWith(rows, "13");
        assertThat(lyson.getCellText(2)).isEqualTo("UBND Huyện Lý Sơn");
        assertThat(lyson.getCellAsDate(3)).contains(LocalDate.of(2020, 4, 10).atStartOfDay());
        assertThat(lyson.getCellText(4)).isEqualTo("Hoàn thành");
    }

    @Test
    void catalogueWorkbookListsRecognisedProductsWithScoreStarsAndValidity() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter()
                .writeCatalogue("Quảng Ngãi", QuangNgaiReports.catalogue(), QuangNgaiReports.GENERATED_AT, out);

        try (ReadableWorkbook workbook = open(out.toByteArray())) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("Danh mục sản phẩm OCOP");
        }
        List<Row> rows = rows(out.toByteArray(), "Danh mục sản phẩm OCOP");
        Row garlic = rowStartingWith(rows, "1");
        assertThat(garlic.getCellText(1)).isEqualTo("Tỏi Lý Sơn");
        assertThat(garlic.getOptionalCell(4).map(Cell::getType).orElse(CellType.EMPTY))
                .as("Lý Sơn has no communes")
                .isEqualTo(CellType.EMPTY);
        assertThat(garlic.getCellAsNumber(6)).contains(new BigDecimal(4));
        assertThat(garlic.getCellAsNumber(7).map(BigDecimal::doubleValue)).contains(74.5);
        assertThat(garlic.getCellAsDate(11)).contains(LocalDate.of(2023, 7, 14).atStartOfDay());
        assertThat(rowStartingWith(rows, "2").getCellText(4)).isEqualTo("Xã Đức Nhuận");
    }

    private static ReadableWorkbook open(byte[] xlsx) throws IOException {
        return new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false));
    }

    private static List<Row> rows(byte[] xlsx, String sheetName) throws IOException {
        try (ReadableWorkbook workbook = open(xlsx)) {
            return workbook.findSheet(sheetName).orElseThrow().read();
        }
    }

    private static Row headerRow(List<Row> rows) {
        return rows.stream()
                .filter(r -> r.getRowNum() == XlsxExporter.HEADER_ROW + 1)
                .findFirst()
                .orElseThrow();
    }

    private static Row rowStartingWith(List<Row> rows, String first) {
        return rows.stream()
                .filter(r -> r.getRowNum() > XlsxExporter.HEADER_ROW + 1)
                .filter(r -> first.equals(r.getCellText(0)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row starts with " + first));
    }

    private static List<String> texts(Row row) {
        return row.stream().map(Cell::getText).toList();
    }

    private static List<Integer> numbers(Row row, int fromColumn, int toColumnExclusive) {
        return row.getCells(fromColumn, toColumnExclusive).stream()
                .map(c -> c.asNumber().intValueExact())
                .toList();
    }
}
