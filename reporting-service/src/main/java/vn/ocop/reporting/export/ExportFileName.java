package vn.ocop.reporting.export;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A download name in two spellings: the Vietnamese one (NFC) for browsers that read RFC 5987 {@code filename*},
 * and an ASCII fold for the plain {@code filename} that older clients and mail gateways fall back to.
 */
public record ExportFileName(String utf8, String ascii) {

    public ExportFileName {
        Objects.requireNonNull(utf8, "utf8");
        Objects.requireNonNull(ascii, "ascii");
    }

    /** Spaces become hyphens; characters that would break a path or a header are dropped. */
    public static ExportFileName of(String title, String extension) {
        String base = Normalizer.normalize(title, Normalizer.Form.NFC)
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ")
                .trim()
                .replaceAll("\\s+", "-");
        String utf8 = base + "." + extension;
        return new ExportFileName(utf8, fold(utf8));
    }

    public static ExportFileName forConsolidatedReport(ConsolidatedReport report, String extension) {
        return of("Báo cáo OCOP " + report.periodLabel(), extension);
    }

    public static ExportFileName forCatalogue(LocalDate asOf, String extension) {
        return of("Danh mục sản phẩm OCOP " + asOf, extension);
    }

    /** Value for the {@code Content-Disposition} header of a download. */
    public String contentDisposition() {
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + percentEncoded();
    }

    /** The UTF-8 name as RFC 5987 {@code value-chars}: attr-chars stay, every other byte is %XX. */
    public String percentEncoded() {
        StringBuilder out = new StringBuilder();
        for (byte b : utf8.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isAttrChar(c)) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isAttrChar(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }

    /** đ/Đ carry no combining mark, so decomposition alone would drop them instead of turning them into d/D. */
    private static String fold(String text) {
        String withoutMarks = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return withoutMarks.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("-{2,}", "-");
    }
}
