package vn.ocop.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfExporterTest {

    private static byte[] pdf;

    @BeforeAll
    static void export() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().writeConsolidated(QuangNgaiReports.firstHalf2020(), out);
        pdf = out.toByteArray();
    }

    @Test
    void extractedTextKeepsVietnameseDiacritics() throws IOException {
        String text = text();

        assertThat(text)
                .contains(
                        nfc("Quảng Ngãi"),
                        nfc("Mộ Đức"),
                        nfc("Lý Sơn"),
                        nfc("6 tháng đầu năm 2020"),
                        nfc("BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH OCOP"));
    }

    @Test
    void everyFontIsEmbeddedDejaVuSoNoStandardFontStandsIn() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts);
            }

            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).contains("DejaVuSans");
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(((PDType0Font) font).getDescendantFont().isEmbedded())
                        .isTrue();
            });
            assertThat(fonts).extracting(PDFont::getName).anyMatch(name -> name.endsWith("DejaVuSans-Bold"));
        }
    }

    @Test
    void footerNumbersEveryPageOutOfTotalAndStampsProvinceTime() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertThat(text)
                        .contains("Trang " + page + "/" + pages)
                        .contains(nfc("Lập lúc 21/06/2020 08:05 (giờ Việt Nam)"));
            }
        }
    }

    @Test
    void fullSizeReportShowsEveryDistrictUnitAndTask() throws IOException {
        String text = text();
        ConsolidatedReport report = QuangNgaiReports.firstHalf2020();

        report.funnel().forEach(d -> assertThat(text).contains(nfc(d.districtName())));
        report.unitReports().forEach(u -> assertThat(text).contains(nfc(u.unitCode())));
        assertThat(text)
                .contains(
                        nfc("Đánh giá, phân hạng sản phẩm OCOP đợt 2 năm 2020"),
                        nfc("Chưa báo cáo kết quả, đề nghị khẩn trương thực hiện"),
                        "Nộp muộn",
                        nfc("Chưa đạt"));
        assertThat(text).contains(nfc("Tổng cộng"));
    }

    /** Whitespace collapsed: table cells wrap long names onto several lines. */
    private static String text() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return nfc(new PDFTextStripper().getText(document)).replaceAll("\\s+", " ");
        }
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** The page-count template is a form XObject with its own resources, so fonts are gathered from those too. */
    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xObject = resources.getXObject(name);
            if (xObject instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }
}
