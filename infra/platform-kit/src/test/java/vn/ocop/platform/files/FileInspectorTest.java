package vn.ocop.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import vn.ocop.platform.files.FileInspector.Kind;
import vn.ocop.platform.test.SampleFiles;

class FileInspectorTest {

    private final FileInspector inspector = new FileInspector();

    @Test
    void recognisesTheAllowedKindsByTheirBytes() throws IOException {
        assertThat(inspector.inspect(SampleFiles.pdf("x"))).isEqualTo(Kind.PDF);
        assertThat(inspector.inspect(SampleFiles.png())).isEqualTo(Kind.PNG);
        assertThat(inspector.inspect(SampleFiles.jpeg())).isEqualTo(Kind.JPEG);
        assertThat(inspector.inspect(SampleFiles.docx())).isEqualTo(Kind.DOCX);
        assertThat(inspector.inspect(SampleFiles.xlsx())).isEqualTo(Kind.XLSX);
        assertThat(inspector.inspect(SampleFiles.wordDocument(20_000))).isEqualTo(Kind.DOCX);
        assertThat(inspector.inspect(workbook(20_000))).isEqualTo(Kind.XLSX);
    }

    @Test
    void refusesExecutablesPlainZipsAndText() {
        assertRefused(() -> inspector.inspect(SampleFiles.exe()), RefusedFile.TYPE_NOT_ALLOWED);
        assertRefused(() -> inspector.inspect(SampleFiles.plainZip()), RefusedFile.TYPE_NOT_ALLOWED);
        assertRefused(
                () -> inspector.inspect("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8)),
                RefusedFile.TYPE_NOT_ALLOWED);
        assertRefused(() -> inspector.inspect(SampleFiles.png(), EnumSet.of(Kind.PDF)), RefusedFile.TYPE_NOT_ALLOWED);
    }

    @Test
    void extensionMustAgreeWithTheContent() {
        assertThat(Kind.PDF.matchesExtension("pdf")).isTrue();
        assertThat(Kind.PDF.matchesExtension("exe")).isFalse();
        assertThat(Kind.JPEG.matchesExtension("jpg")).isTrue();
    }

    @Test
    void refusesAZipBombAtTheInflationBoundInsteadOfInflatingIt() {
        byte[] bomb = SampleFiles.docxBomb(400L << 20);
        assertThat(bomb.length).as("the bomb is the 408 KB shape of the report").isLessThan(1 << 20);
        RefusedFile refused = refusal(() -> inspector.inspect(bomb));
        assertThat(refused.code()).isEqualTo(RefusedFile.INFLATES_TOO_MUCH);
        // the bound is 100 times the file: about 40 MB of the 400 MiB were inflated, then the inspection stopped
        assertThat((Long) refused.details().get("limitBytes")).isEqualTo(100L * bomb.length);
        assertThat(refused.reasonVi()).contains("giải nén");
    }

    @Test
    void refusesAPackageInflatingFarBeyondItsOwnSizeButNotOrdinaryText() {
        assertRefused(() -> inspector.inspect(SampleFiles.docxBomb(8L << 20)), RefusedFile.INFLATES_TOO_MUCH);
        byte[] prose = SampleFiles.wordDocument(20_000);
        assertThat(prose.length).as("a document of a few MB").isGreaterThan(1 << 20);
        assertThat(inspector.inspect(prose)).isEqualTo(Kind.DOCX);
    }

    @Test
    void refusesAPackageAboveTheAbsoluteBoundWhateverItsSize() {
        FileInspector small = new FileInspector(new FileInspector.Limits(10_000, 4L << 20, 1_000_000, 0));
        assertThat(small.inspect(SampleFiles.docxBomb(3L << 20))).isEqualTo(Kind.DOCX);
        assertRefused(() -> small.inspect(SampleFiles.docxBomb(5L << 20)), RefusedFile.INFLATES_TOO_MUCH);
    }

    @Test
    void refusesAPackageOfTooManyEntries() {
        FileInspector fifty = new FileInspector(new FileInspector.Limits(50, 200L << 20, 100, 1L << 20));
        assertThat(fifty.inspect(SampleFiles.docxWithEntries(50))).isEqualTo(Kind.DOCX);
        assertRefused(() -> fifty.inspect(SampleFiles.docxWithEntries(51)), RefusedFile.TOO_MANY_ENTRIES);
    }

    @Test
    void refusesPdfsThatRunJavaScriptLaunchProgramsOrCarryFiles() {
        assertActive(SampleFiles.pdfWithOpenActionJavaScript(), "JavaScript");
        assertActive(SampleFiles.pdfWithLaunch(), "Launch");
        assertActive(SampleFiles.pdfWithEmbeddedFile(), "EmbeddedFiles");
        assertThat(inspector.inspect(SampleFiles.pdfOf("<< /Type /Catalog /Pages 2 0 R /OpenAction [3 0 R /Fit] >>")))
                .as("an open action that only shows the first page")
                .isEqualTo(Kind.PDF);
    }

    @Test
    void refusesActiveNamesWrittenWithHexEscapes() {
        assertActive(SampleFiles.pdfWithHexEscapedJavaScript(), "JavaScript");
    }

    @Test
    void refusesJavaScriptHiddenInACompressedObjectStream() {
        byte[] pdf = SampleFiles.pdfWithJavaScriptInObjectStream();
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1))
                .doesNotContain("JavaScript")
                .doesNotContain("/JS");
        assertActive(pdf, "JavaScript");
    }

    @Test
    void findsTheEndOfAStreamByItsIndirectLengthNotByTextInsideIt() {
        // the data says "endstream (": taken for the end, the rest of the file would read as one long string
        String data = "q endstream ( Q";
        byte[] pdf = SampleFiles.pdfOf(
                "<< /Type /Catalog /Pages 2 0 R /AcroForm 6 0 R >>",
                "<< /Length 5 0 R >>\nstream\n" + data + "\nendstream",
                String.valueOf(data.length()),
                "<< /Fields [] /XFA 7 0 R >>");
        assertActive(pdf, "XFA");
    }

    @Test
    void readsNamesAtAnyDepth() {
        byte[] pdf = SampleFiles.pdfOf(
                "<< /Type /Catalog /Pages 2 0 R /X " + "[".repeat(200) + " /JS " + "]".repeat(200) + " >>");
        assertActive(pdf, "JS");
    }

    @Test
    void refusesObjectStreamsItCannotRead() {
        byte[] pdf = SampleFiles.pdfOf(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /ObjStm /N 1 /First 4 /Filter /LZWDecode /Length 4 >>\nstream\nabcd\nendstream");
        assertRefused(() -> inspector.inspect(pdf), RefusedFile.PDF_NOT_INSPECTABLE);
        byte[] garbage = SampleFiles.pdfOf(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length 4 >>\nstream\nabcd\nendstream");
        assertRefused(() -> inspector.inspect(garbage), RefusedFile.PDF_NOT_INSPECTABLE);
    }

    @Test
    void acceptsARealPdfWithCompressedObjectsTextAndAnImage() throws IOException {
        assertThat(inspector.inspect(pdfbox(null))).isEqualTo(Kind.PDF);
    }

    @Test
    void refusesJavaScriptAndEmbeddedFilesWrittenByARealPdfLibrary() throws IOException {
        byte[] script = pdfbox(doc -> doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)")));
        assertThat(new String(script, StandardCharsets.ISO_8859_1))
                .as("pdfbox compresses it into an object stream")
                .doesNotContain("JavaScript");
        assertActive(script, "JavaScript");

        byte[] attached = pdfbox(doc -> {
            PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(SampleFiles.exe()));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("huong-dan.exe");
            spec.setEmbeddedFile(file);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("huong-dan.exe", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            doc.getDocumentCatalog().setNames(names);
        });
        assertRefused(() -> inspector.inspect(attached), RefusedFile.PDF_ACTIVE_CONTENT);
    }

    @Test
    void refusesAPdfThatIsAlsoHtml() {
        byte[] polyglot = SampleFiles.pdfHtmlPolyglot();
        assertThat(inspector.detect(polyglot)).as("magic alone calls it a PDF").isEqualTo("application/pdf");
        assertRefused(() -> inspector.inspect(polyglot), RefusedFile.PDF_POLYGLOT);
        byte[] afterEof = (new String(SampleFiles.pdf("x"), StandardCharsets.ISO_8859_1) + "<!DOCTYPE html><p>hi</p>")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(() -> inspector.inspect(afterEof), RefusedFile.PDF_POLYGLOT);
        byte[] prefixed = ("\uFEFF" + new String(SampleFiles.pdf("x"), StandardCharsets.ISO_8859_1))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(inspector.detect(prefixed)).isEqualTo("application/pdf");
        assertRefused(() -> inspector.inspect(prefixed), RefusedFile.PDF_POLYGLOT);
    }

    private void assertActive(byte[] pdf, String name) {
        RefusedFile refused = refusal(() -> inspector.inspect(pdf));
        assertThat(refused.code()).isEqualTo(RefusedFile.PDF_ACTIVE_CONTENT);
        assertThat(refused.details()).containsEntry("pdfName", name);
        assertThat(refused.reason()).contains("/" + name);
        assertThat(refused.reasonVi()).contains("/" + name);
    }

    private static void assertRefused(ThrowingCallable inspection, String code) {
        assertThatThrownBy(inspection)
                .isInstanceOfSatisfying(
                        RefusedFile.class,
                        refused ->
                                assertThat(refused.code()).as(refused.reason()).isEqualTo(code));
    }

    private static RefusedFile refusal(ThrowingCallable inspection) {
        try {
            inspection.call();
        } catch (RefusedFile refused) {
            return refused;
        } catch (Throwable other) {
            throw new AssertionError("expected a RefusedFile", other);
        }
        throw new AssertionError("the file was accepted");
    }

    private interface Change {
        void apply(PDDocument doc) throws IOException;
    }

    /** A page of text and a noisy image (binary stream data), saved as pdfbox 3 does: objects compressed. */
    private static byte[] pdfbox(Change change) throws IOException {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage noise = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
            Random random = new Random(2020);
            for (int x = 0; x < 200; x++) {
                for (int y = 0; y < 200; y++) {
                    noise.setRGB(x, y, random.nextInt());
                }
            }
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText("Bao cao OCOP (ban 1) /JS <html>");
                content.endText();
                content.drawImage(LosslessFactory.createFromImage(doc, noise), 50, 400);
            }
            if (change != null) {
                change.apply(doc);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] workbook(int rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "OCOP", "1.0");
        Worksheet sheet = workbook.newWorksheet("Số liệu");
        Random random = new Random(5);
        for (int r = 0; r < rows; r++) {
            sheet.value(r, 0, "HTX " + random.nextInt(1000));
            sheet.value(r, 1, random.nextInt(1_000_000));
            sheet.value(r, 2, random.nextDouble());
        }
        workbook.finish();
        return out.toByteArray();
    }
}
