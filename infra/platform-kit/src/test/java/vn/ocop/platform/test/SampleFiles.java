package vn.ocop.platform.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small but real files of each kind, and the hostile ones the upload inspection must refuse, built in memory with
 * the JDK alone (the services' tests and the bad-input corpus share them through the kit's test-jar).
 */
public final class SampleFiles {

    private SampleFiles() {}

    /** A one-object PDF with {@code text} in a comment. */
    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% " + text
                        + "\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] png() {
        return new byte[] {
            (byte) 0x89,
            'P',
            'N',
            'G',
            0x0D,
            0x0A,
            0x1A,
            0x0A,
            0,
            0,
            0,
            0x0D,
            'I',
            'H',
            'D',
            'R',
            0,
            0,
            0,
            1,
            0,
            0,
            0,
            1,
            8,
            2,
            0,
            0,
            0,
            (byte) 0x90,
            0x77,
            0x53,
            (byte) 0xDE
        };
    }

    public static byte[] jpeg() {
        return new byte[] {
            (byte) 0xFF,
            (byte) 0xD8,
            (byte) 0xFF,
            (byte) 0xE0,
            0,
            0x10,
            'J',
            'F',
            'I',
            'F',
            0,
            1,
            1,
            0,
            0,
            1,
            0,
            1,
            0,
            0,
            (byte) 0xFF,
            (byte) 0xD9
        };
    }

    /** A Windows executable header (MZ … PE). */
    public static byte[] exe() {
        byte[] b = new byte[256];
        b[0] = 'M';
        b[1] = 'Z';
        b[0x3C] = (byte) 0x80;
        b[0x80] = 'P';
        b[0x81] = 'E';
        return b;
    }

    public static byte[] docx() {
        return zip(List.of(
                contentTypes(),
                part("_rels/.rels", "<?xml version=\"1.0\"?><Relationships/>"),
                part("word/document.xml", "<?xml version=\"1.0\"?><root/>")));
    }

    public static byte[] xlsx() {
        return zip(List.of(
                contentTypes(),
                part("_rels/.rels", "<?xml version=\"1.0\"?><Relationships/>"),
                part("xl/workbook.xml", "<?xml version=\"1.0\"?><root/>")));
    }

    /**
     * A Word document of ordinary prose ({@code paragraphs} paragraphs of words drawn at random, so that it
     * compresses like text, about fivefold, not like a run of one repeated sentence).
     */
    public static byte[] wordDocument(int paragraphs) {
        String[] words = {
            "hợp", "tác", "xã", "sản", "phẩm", "OCOP", "mạch", "nha", "tỏi", "Lý", "Sơn", "đường", "phổi", "chế",
            "biến", "thôn", "huyện", "Mộ", "Đức", "tiêu", "chuẩn", "chất", "lượng", "năm", "bao", "bì", "nhãn", "hiệu",
            "thị", "trường", "doanh", "thu", "lao", "động", "nguyên", "liệu", "địa", "phương"
        };
        Random random = new Random(878);
        StringBuilder body = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        for (int p = 0; p < paragraphs; p++) {
            body.append("<w:p><w:r><w:t>");
            for (int w = 0; w < 40; w++) {
                body.append(words[random.nextInt(words.length)]).append(random.nextInt(10) == 0 ? ". " : " ");
            }
            body.append(random.nextInt(100_000)).append("</w:t></w:r></w:p>");
        }
        body.append("</w:body></w:document>");
        return zip(List.of(
                contentTypes(),
                part(
                        "_rels/.rels",
                        "<?xml version=\"1.0\"?><Relationships "
                                + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
                                + "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                                + "officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
                part("word/document.xml", body.toString())));
    }

    public static byte[] plainZip() {
        return zip(List.of(part("notes.txt", "hello")));
    }

    /**
     * A DOCX-shaped zip bomb: [Content_Types].xml, word/document.xml and one entry of {@code inflatedBytes} zeros,
     * deflated (about 1,000 to 1: 400 MiB make a file of about 400 KB).
     */
    public static byte[] docxBomb(long inflatedBytes) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Part p : List.of(contentTypes(), part("word/document.xml", "<?xml version=\"1.0\"?><root/>"))) {
                zip.putNextEntry(new ZipEntry(p.name()));
                zip.write(p.content());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("word/media/image1.bin"));
            byte[] zeros = new byte[1 << 20];
            for (long left = inflatedBytes; left > 0; left -= zeros.length) {
                zip.write(zeros, 0, (int) Math.min(zeros.length, left));
            }
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX-shaped package of {@code entries} parts (the three a DOCX needs, then small filler parts). */
    public static byte[] docxWithEntries(int entries) {
        List<Part> parts = new ArrayList<>(
                List.of(contentTypes(), part("_rels/.rels", "<Relationships/>"), part("word/document.xml", "<root/>")));
        for (int i = parts.size(); i < entries; i++) {
            parts.add(part("customXml/item" + i + ".xml", "<i/>"));
        }
        return zip(parts);
    }

    /** A PDF that runs JavaScript as soon as it is opened. */
    public static byte[] pdfWithOpenActionJavaScript() {
        return pdfOf("<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> >>");
    }

    /** The same with the action's names hex-escaped, as a reader decodes them ({@code /J#61vaScript}). */
    public static byte[] pdfWithHexEscapedJavaScript() {
        return pdfOf("<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /J#61vaScript /J#53 (app.alert\\(1\\)) >> >>");
    }

    /** A PDF whose open action launches a program. */
    public static byte[] pdfWithLaunch() {
        return pdfOf("<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /Launch /F (cmd.exe) >> >>");
    }

    /** A PDF carrying an executable as an embedded file. */
    public static byte[] pdfWithEmbeddedFile() {
        return pdfOf(
                "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(a.exe) 4 0 R] >> >> >>",
                "<< /Type /Filespec /F (a.exe) /EF << /F 5 0 R >> >>",
                "<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream");
    }

    /**
     * JavaScript hidden where a byte scan does not see it: in a compressed object stream (PDF 1.5), its names
     * hex-escaped as well.
     */
    public static byte[] pdfWithJavaScriptInObjectStream() {
        // object 5 lives in object stream 4 (a reader finds it through an xref stream, which the scan never needs)
        byte[] content =
                deflate("5 0 << /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>".getBytes(StandardCharsets.ISO_8859_1));
        return pdfOf(
                List.of("<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>"),
                "<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length " + content.length + " >>",
                content);
    }

    /** A PDF that is HTML too: it starts with %PDF- and a browser sniffing it finds a page with a script. */
    public static byte[] pdfHtmlPolyglot() {
        byte[] pdf = pdfOf("<< /Type /Catalog /Pages 2 0 R >>");
        String html = "<html><body><script>alert(document.cookie)</script></body></html>\n";
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int afterHeader = text.indexOf('\n') + 1;
        return (text.substring(0, afterHeader) + html + text.substring(afterHeader))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A well-formed PDF (header, objects, xref, trailer) whose catalog is {@code catalog}: object 1. */
    public static byte[] pdfOf(String catalog, String... more) {
        List<String> objects = new ArrayList<>(List.of(
                catalog,
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"));
        objects.addAll(List.of(more));
        return pdfOf(objects, null, null);
    }

    private static byte[] pdfOf(List<String> first, String streamDict, byte[] streamData) {
        List<String> objects = new ArrayList<>(first);
        if (first.size() == 1) {
            objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
            objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            out.writeBytes(
                    ((i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        if (streamDict != null) {
            offsets.add(out.size());
            out.writeBytes(((objects.size() + 1) + " 0 obj\n" + streamDict + "\nstream\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(streamData);
            out.writeBytes("\nendstream\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        int xref = out.size();
        StringBuilder tail = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(o -> tail.append("%010d 00000 n \n".formatted(o)));
        tail.append("trailer\n<< /Size ")
                .append(offsets.size() + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        out.writeBytes(tail.toString().getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater();
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[4096];
        while (!deflater.finished()) {
            out.write(chunk, 0, deflater.deflate(chunk));
        }
        deflater.end();
        return out.toByteArray();
    }

    private record Part(String name, byte[] content) {}

    private static Part part(String name, String content) {
        return new Part(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static Part contentTypes() {
        return part(
                "[Content_Types].xml",
                "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                        + "package/2006/content-types\"></Types>");
    }

    private static byte[] zip(List<Part> parts) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Part p : parts) {
                zip.putNextEntry(new ZipEntry(p.name()));
                zip.write(p.content());
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
