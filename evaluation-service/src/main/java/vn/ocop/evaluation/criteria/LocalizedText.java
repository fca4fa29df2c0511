package vn.ocop.evaluation.criteria;

import java.text.Normalizer;
import java.util.Objects;

/**
 * A text in Vietnamese with an optional English translation. Both are kept NFC-normalised so that
 * texts typed on different keyboards (composed vs decomposed diacritics) compare equal.
 */
public record LocalizedText(String vi, String en) {

    public LocalizedText {
        Objects.requireNonNull(vi, "vi");
        vi = nfc(vi);
        en = en == null ? null : nfc(en);
    }

    public static LocalizedText of(String vi, String en) {
        return new LocalizedText(vi, en);
    }

    /** Both languages side by side, for messages read by officers who may not read Vietnamese. */
    public String bilingual() {
        return en == null || en.isBlank() ? vi : vi + " / " + en;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    @Override
    public String toString() {
        return bilingual();
    }
}
