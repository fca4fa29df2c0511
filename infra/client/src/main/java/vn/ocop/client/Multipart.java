package vn.ocop.client;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body built by hand (the JDK client has none). */
public final class Multipart {

    private final String boundary = "----ocop" + UUID.randomUUID();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private boolean closed;

    public static Multipart create() {
        return new Multipart();
    }

    public Multipart field(String name, String value) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        return this;
    }

    /** A text part with its own content type (e.g. a JSON part). */
    public Multipart part(String name, String contentType, String value) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\nContent-Type: "
                + contentType + "\r\n\r\n" + value + "\r\n");
        return this;
    }

    public Multipart file(String name, String fileName, String contentType, byte[] bytes) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        out.writeBytes(bytes);
        write("\r\n");
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The finished body; no part can be added afterwards. */
    public byte[] bytes() {
        if (!closed) {
            write("--" + boundary + "--\r\n");
            closed = true;
        }
        return out.toByteArray();
    }

    private void write(String text) {
        if (closed) {
            throw new IllegalStateException("the multipart body is already finished");
        }
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A small but genuine PDF, e.g. for a checklist document. */
    public static byte[] samplePdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>"
                        + "endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
