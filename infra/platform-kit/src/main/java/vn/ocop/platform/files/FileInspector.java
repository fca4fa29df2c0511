package vn.ocop.platform.files;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.tika.Tika;

/**
 * The one inspection every upload goes through (dossier attachments, period report attachments): what a file is
 * from its bytes, never from the client's Content-Type, and whether it is safe to keep and hand out.
 * <ul>
 *   <li>tika-core's magic (the first bytes only; without the parser modules it never opens a package) tells PDF,
 *   JPEG and PNG, and recognises executables. DOCX and XLSX are ZIP packages to it, so the package's own parts
 *   tell them apart ([Content_Types].xml with word/document.xml or xl/workbook.xml).</li>
 *   <li>An office package is read through its central directory ({@link OfficePackage}) and every entry is
 *   inflated into a counter; the inspection stops at the first of: more than {@link Limits#maxEntries()} entries,
 *   more than {@link Limits#maxInflatedBytes()} inflated in all, or more than {@link Limits#maxRatio()} times the
 *   file's own size (past a small grace). A zip bomb costs at most that bound, then is refused.</li>
 *   <li>A PDF must start with {@code %PDF-}, carry no HTML markup and no active content ({@link PdfScan}).</li>
 * </ul>
 * Stateless and thread-safe; plain Java, so that any service (and any test) can use it without a web stack.
 */
public final class FileInspector {

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

    /**
     * How far an upload may make the server work.
     *
     * @param maxEntries       entries of an office package (a large workbook has a few hundred)
     * @param maxInflatedBytes bytes inflated per file in all (office parts, PDF object streams)
     * @param maxRatio         inflated bytes per byte of the file; POI's own zip-bomb rule is the same 100
     * @param ratioGraceBytes  inflation always allowed, so a tiny file with a few repetitive parts passes
     */
    public record Limits(int maxEntries, long maxInflatedBytes, int maxRatio, long ratioGraceBytes) {

        /** A 20 MB workbook of plain cells inflates about tenfold: 200 MiB leaves it room and caps a bomb. */
        public static final Limits DEFAULT = new Limits(10_000, 200L << 20, 100, 1L << 20);
    }

    private static final Map<String, Kind> BY_MAGIC =
            Map.of("application/pdf", Kind.PDF, "image/jpeg", Kind.JPEG, "image/png", Kind.PNG);

    private final Tika tika = new Tika();
    private final Limits limits;

    public FileInspector() {
        this(Limits.DEFAULT);
    }

    public FileInspector(Limits limits) {
        this.limits = limits;
    }

    /** What the bytes are, as far as tika-core's magic can tell (e.g. application/x-msdownload). */
    public String detect(byte[] bytes) {
        return tika.detect(bytes);
    }

    /** The kind of an upload that may be any allowed kind; see {@link #inspect(byte[], Set)}. */
    public Kind inspect(byte[] bytes) {
        return inspect(bytes, EnumSet.allOf(Kind.class));
    }

    /**
     * The kind the bytes are, after checking that they are safe to keep.
     *
     * @throws RefusedFile when they are none of {@code allowed}, or are but fail that kind's checks
     */
    public Kind inspect(byte[] bytes, Set<Kind> allowed) {
        String detected = detect(bytes);
        Kind kind = BY_MAGIC.get(detected);
        boolean office = allowed.contains(Kind.DOCX) || allowed.contains(Kind.XLSX);
        if (kind == null
                && office
                && (detected.equals("application/zip")
                        || detected.startsWith("application/x-tika-ooxml")
                        || detected.startsWith("application/vnd.openxmlformats"))) {
            kind = OfficePackage.kindOf(bytes, limits, new InflationBudget(limits, bytes.length));
        }
        if (kind == null || !allowed.contains(kind)) {
            throw RefusedFile.typeNotAllowed(
                    detected, allowed.stream().map(Kind::name).collect(Collectors.joining(", ")));
        }
        if (kind == Kind.PDF) {
            PdfScan.check(bytes, new InflationBudget(limits, bytes.length));
        }
        return kind;
    }
}
