package vn.ocop.reporting.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Writes the consolidated report as PDF. The PDF standard fonts have no Vietnamese glyphs, so DejaVu Sans is
 * embedded (Identity-H, subset): the file renders the same on a machine with no Vietnamese fonts installed.
 */
public final class PdfExporter {

    static final String REGULAR_FONT = "/fonts/DejaVuSans.ttf";
    static final String BOLD_FONT = "/fonts/DejaVuSans-Bold.ttf";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final Color HEADER_FILL = new Color(0xDC, 0xE6, 0xF1);
    private static final Color TOTAL_FILL = new Color(0xF2, 0xF2, 0xF2);
    private static final Color BORDER = new Color(0xA6, 0xA6, 0xA6);
    /** Column widths are in characters; about this many fill a portrait A4 line at the table font size. */
    private static final float FULL_WIDTH_CHARACTERS = 110f;

    private final byte[] regularFont;
    private final byte[] boldFont;

    public PdfExporter() {
        this.regularFont = readResource(REGULAR_FONT);
        this.boldFont = readResource(BOLD_FONT);
    }

    public void writeConsolidated(ConsolidatedReport report, OutputStream out) throws IOException {
        Fonts fonts = new Fonts(font("DejaVuSans.ttf", regularFont), font("DejaVuSans-Bold.ttf", boldFont));
        Document document = new Document(PageSize.A4, 36, 36, 40, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            String generated =
                    "Lập lúc " + ExportFormats.DATE_TIME.format(ExportFormats.provinceTime(report.generatedAt()))
                            + " (giờ Việt Nam)";
            writer.setPageEvent(new PageFooter(fonts.regular(), generated));
            document.addTitle(ConsolidatedSections.title() + " – " + report.periodLabel());
            document.addCreator("OCOP reporting-service");
            document.open();
            writeTitle(document, report, fonts);
            int number = 1;
            for (ReportSection section : ConsolidatedSections.of(report)) {
                writeSection(document, number++ + ". " + section.heading(), section, fonts);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("could not lay out the consolidated report PDF", e);
        }
    }

    private void writeTitle(Document document, ConsolidatedReport report, Fonts fonts) {
        Paragraph title = new Paragraph(ConsolidatedSections.title().toUpperCase(VIETNAMESE), fonts.title());
        title.setAlignment(Element.ALIGN_CENTER);
        document.add(title);
        Paragraph period = new Paragraph(report.provinceName() + " – " + report.periodLabel(), fonts.subtitle());
        period.setAlignment(Element.ALIGN_CENTER);
        period.setSpacingBefore(4);
        document.add(period);
        Paragraph due =
                new Paragraph("Hạn nộp báo cáo: " + ExportFormats.DATE.format(report.periodDueDate()), fonts.body());
        due.setAlignment(Element.ALIGN_CENTER);
        due.setSpacingAfter(10);
        document.add(due);
    }

    private void writeSection(Document document, String heading, ReportSection section, Fonts fonts) {
        Paragraph title = new Paragraph(heading, fonts.heading());
        title.setSpacingBefore(10);
        title.setKeepTogether(true);
        document.add(title);

        List<ReportSection.Column> columns = section.columns();
        PdfPTable table = new PdfPTable(columns.size());
        float totalWidth = 0;
        float[] widths = new float[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columns.get(c).width();
            totalWidth += widths[c];
        }
        table.setWidths(widths);
        table.setWidthPercentage(Math.min(100f, totalWidth * 100f / FULL_WIDTH_CHARACTERS));
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setHeaderRows(1);
        table.setSpacingBefore(6);
        for (ReportSection.Column column : columns) {
            PdfPCell cell = cell(column.header(), fonts.tableHeader(), Element.ALIGN_CENTER);
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        for (List<Object> row : section.rows()) {
            addRow(table, row, fonts.table(), null);
        }
        if (section.hasTotalRow()) {
            addRow(table, section.totalRow(), fonts.tableHeader(), TOTAL_FILL);
        }
        document.add(table);
    }

    private void addRow(PdfPTable table, List<Object> row, Font font, Color fill) {
        for (Object value : row) {
            int alignment = value instanceof Number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
            PdfPCell cell = cell(text(value), font, alignment);
            if (fill != null) {
                cell.setBackgroundColor(fill);
            }
            table.addCell(cell);
        }
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setLeading(0, 1.25f);
        cell.setPadding(3);
        cell.setPaddingBottom(4);
        cell.setBorderColor(BORDER);
        return cell;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            return format.format(decimal);
        }
        if (value instanceof Number number) {
            return NumberFormat.getIntegerInstance(VIETNAMESE).format(number);
        }
        if (value instanceof LocalDate date) {
            return ExportFormats.DATE.format(date);
        }
        if (value instanceof LocalDateTime time) {
            return ExportFormats.DATE_TIME.format(time);
        }
        return value.toString();
    }

    private static BaseFont font(String name, byte[] bytes) throws IOException {
        return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
    }

    private static byte[] readResource(String path) {
        try (InputStream in = PdfExporter.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font " + path + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Fonts(BaseFont regular, BaseFont bold) {

        Font title() {
            return new Font(bold, 14);
        }

        Font subtitle() {
            return new Font(bold, 11);
        }

        Font heading() {
            return new Font(bold, 11, Font.NORMAL, new Color(0x1F, 0x3A, 0x5F));
        }

        Font body() {
            return new Font(regular, 10);
        }

        Font tableHeader() {
            return new Font(bold, 8);
        }

        Font table() {
            return new Font(regular, 8);
        }
    }
}
