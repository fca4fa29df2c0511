package vn.ocop.dossier.dossier.application;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Decides what a file is from its bytes, never from the client's Content-Type. tika-core's magic
 * detection tells PDF, JPEG and PNG (and recognises executables); DOCX and XLSX are ZIP packages to
 * it, so the package's own parts tell them apart (word/document.xml, xl/workbook.xml).
 */
@Component
public class FileInspector {

    public enum Kind {
        PDF("application/pdf", Set.of("pdf")),
        JPEG("image/jpeg", Set.of("jpg", "jpeg")),
        PNG("image/png", Set.of("png")),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx")),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx"));

        private final String mediaType;
        private final Set<String> extensions;

        Kind(String mediaType, Set<String> extensions) {
            this.mediaType = mediaType;
            this.extensions = extensions;
        }

        public String mediaType() {
            return mediaType;
        }

        public boolean matchesExtension(String extension) {
            return extensions.contains(extension);
        }
    }

    private static final Map<String, Kind> BY_MAGIC = Map.of("application/pdf", Kind.PDF, "image/jpeg", Kind.JPEG,
            "image/png", Kind.PNG);
    private static final int MAX_ZIP_ENTRIES = 10_000;

    private final Tika tika = new Tika();

    /** What the bytes are, as far as tika-core's magic can tell (e.g. application/x-msdownload). */
    public String detect(byte[] bytes) {
        return tika.detect(bytes);
    }

    /** The allowed kind the bytes are, or empty when they are none of them. */
    public Optional<Kind> allowedKind(byte[] bytes) {
        String detected = detect(bytes);
        Kind kind = BY_MAGIC.get(detected);
        if (kind != null) {
            return Optional.of(kind);
        }
        if (detected.equals("application/zip") || detected.startsWith("application/x-tika-ooxml")
                || detected.startsWith("application/vnd.openxmlformats")) {
            return officePackage(bytes);
        }
        return Optional.empty();
    }

    private static Optional<Kind> officePackage(byte[] bytes) {
        boolean contentTypes = false;
        Kind kind = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            int entries = 0;
            while ((e = zip.getNextEntry()) != null && entries++ < MAX_ZIP_ENTRIES) {
                String name = e.getName();
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (name.equals("word/document.xml")) {
                    kind = Kind.DOCX;
                } else if (name.equals("xl/workbook.xml")) {
                    kind = Kind.XLSX;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(kind) : Optional.empty();
    }
}
