package vn.ocop.platform.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Accent-insensitive search text: "Tỏi Lý Sơn" and "toi ly son" fold to the same words. NFD splits
 * letters from their marks, the marks are dropped, and đ (which has no decomposition) becomes d.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private Folding() {}

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return NON_WORD.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** The folded words of a query; a record matches when it contains every one of them. */
    public static List<String> words(String query) {
        String folded = fold(query);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /**
     * The searchable text of several fields, folded, each word preceded by a space (and one after the
     * last) so that {@code " " + word} finds a word start.
     */
    public static String searchText(String... fields) {
        return " "
                + Stream.of(fields)
                        .filter(Objects::nonNull)
                        .map(Folding::fold)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.joining(" "))
                + " ";
    }
}
