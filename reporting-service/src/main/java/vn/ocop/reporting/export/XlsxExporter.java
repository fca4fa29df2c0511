package vn.ocop.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes exports as .xlsx (streamed by fastexcel, so a large catalogue does not sit in memory as a cell model).
 * Every sheet opens with a title block, then a frozen, filterable header row.
 */
public final class XlsxExporter {

    /** Row index (0-based) of the header row on every sheet; data starts on the next row. */
    public static final int HEADER_ROW = 3;

    private static final String APPLICATION = "OCOP reporting-service";
    private static final String HEADER_FILL = "DCE6F1";
    private static final String TOTAL_FILL = "F2F2F2";

    public void writeConsolidated(ConsolidatedReport report, OutputStream out) throws IOException {
        String subtitle = report.provinceName() + " – kỳ báo cáo " + report.periodLabel() + " – lập lúc "
                + ExportFormats.DATE_TIME.format(ExportFormats.provinceTime(report.generatedAt()));
        write(ConsolidatedSections.of(report), ConsolidatedSections.title(), subtitle, out);
    }

    public void writeCatalogue(String provinceName, List<CatalogueEntry> entries, Instant generatedAt, OutputStream out)
            throws IOException {
        String subtitle = provinceName + " – " + entries.size() + " sản phẩm – lập lúc "
                + ExportFormats.DATE_TIME.format(ExportFormats.provinceTime(generatedAt));
        write(List.of(CatalogueSection.of(entries)), CatalogueSection.TITLE, subtitle, out);
    }

    private void write(List<ReportSection> sections, String title, String subtitle, OutputStream out)
            throws IOException {
        Workbook workbook = new Workbook(out, APPLICATION, "1.0");
        workbook.properties().setTitle(title);
        workbook.setGlobalDefaultFont("Calibri", 11);
        for (ReportSection section : sections) {
            writeSheet(workbook.newWorksheet(section.sheetName()), section, title, subtitle);
        }
        workbook.finish();
    }

    private void writeSheet(Worksheet sheet, ReportSection section, String title, String subtitle) {
        int lastColumn = section.columns().size() - 1;
        sheet.value(0, 0, title + " – " + section.heading());
        sheet.style(0, 0).bold().fontSize(13).set();
        sheet.value(1, 0, subtitle);
        sheet.style(1, 0).italic().fontColor("595959").set();

        for (int c = 0; c <= lastColumn; c++) {
            ReportSection.Column column = section.columns().get(c);
            sheet.width(c, column.width());
            sheet.value(HEADER_ROW, c, column.header());
        }
        sheet.range(HEADER_ROW, 0, HEADER_ROW, lastColumn)
                .style()
                .bold()
                .fillColor(HEADER_FILL)
                .wrapText(true)
                .verticalAlignment("center")
                .borderStyle("thin")
                .set();

        int r = HEADER_ROW + 1;
        for (List<Object> row : section.rows()) {
            writeRow(sheet, r++, row, false);
        }
        if (section.hasTotalRow()) {
            writeRow(sheet, r++, section.totalRow(), true);
        }
        sheet.freezePane(0, HEADER_ROW + 1);
        if (!section.rows().isEmpty()) {
            sheet.setAutoFilter(HEADER_ROW, 0, lastColumn);
        }
    }

    private void writeRow(Worksheet sheet, int r, List<Object> cells, boolean total) {
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            StyleSetter style = sheet.style(r, c).borderStyle("thin").verticalAlignment("top");
            if (value instanceof Integer i) {
                sheet.value(r, c, i);
                style.format("#,##0");
            } else if (value instanceof BigDecimal d) {
                sheet.value(r, c, d);
                style.format("0.00");
            } else if (value instanceof LocalDate date) {
                sheet.value(r, c, date);
                style.format("dd/mm/yyyy").horizontalAlignment("left");
            } else if (value instanceof LocalDateTime time) {
                sheet.value(r, c, time);
                style.format("dd/mm/yyyy hh:mm").horizontalAlignment("left");
            } else if (value != null) {
                sheet.value(r, c, value.toString());
                style.wrapText(true);
            }
            if (total) {
                style.bold().fillColor(TOTAL_FILL);
            }
            style.set();
        }
    }
}
