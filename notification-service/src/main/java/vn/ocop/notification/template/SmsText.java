package vn.ocop.notification.template;

import java.text.Normalizer;
import java.util.Map;

/**
 * SMS text in the form a gateway bills: GSM-7 (ASCII-folded Vietnamese, at most 160 characters in one segment) or
 * Unicode (diacritics kept, 70 characters per single segment, 67 per part when concatenated).
 *
 * @param text     the text to send
 * @param unicode  whether it must go out as UCS-2
 * @param segments how many SMS parts the provider will charge
 */
public record SmsText(String text, boolean unicode, int segments) {

    public static final int GSM7_SINGLE = 160;
    public static final int GSM7_PART = 153;
    public static final int UCS2_SINGLE = 70;
    public static final int UCS2_PART = 67;
    private static final String ELLIPSIS = "...";

    private static final String GSM7_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM7_EXTENSION = "^{}\\[~]|€\f";

    /** Typographic characters that have a plain ASCII twin; anything else outside GSM-7 becomes '?'. */
    private static final Map<Character, String> PUNCTUATION = Map.ofEntries(
            Map.entry('–', "-"),
            Map.entry('—', "-"),
            Map.entry('‑', "-"),
            Map.entry('−', "-"),
            Map.entry('‘', "'"),
            Map.entry('’', "'"),
            Map.entry('“', "\""),
            Map.entry('”', "\""),
            Map.entry('…', "..."),
            Map.entry('\u00a0', " "),
            Map.entry('•', "-"),
            Map.entry('\t', " "));

    /** Keeps diacritics (NFC) and counts UCS-2 segments; nothing is cut. */
    public static SmsText unicode(String text) {
        String nfc = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        int length = nfc.length();
        int segments = length <= UCS2_SINGLE ? 1 : (length + UCS2_PART - 1) / UCS2_PART;
        return new SmsText(nfc, true, segments);
    }

    /** Folds to GSM-7 (đ→d, Đ→D, accents dropped) and cuts to one 160-septet segment, marking a cut with "...". */
    public static SmsText ascii(String text) {
        String folded = toGsm7(fold(text.strip()));
        if (septets(folded) > GSM7_SINGLE) {
            folded = cut(folded, GSM7_SINGLE - ELLIPSIS.length()) + ELLIPSIS;
        }
        return new SmsText(folded, false, 1);
    }

    /** Vietnamese without diacritics: NFD, combining marks removed, đ/Đ mapped (they do not decompose). */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D');
    }

    /** Length in GSM-7 septets: extension characters take an escape plus the character. */
    public static int septets(String gsm7) {
        int count = 0;
        for (int i = 0; i < gsm7.length(); i++) {
            count += GSM7_EXTENSION.indexOf(gsm7.charAt(i)) >= 0 ? 2 : 1;
        }
        return count;
    }

    private static String toGsm7(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            String replacement = PUNCTUATION.get(c);
            if (replacement != null) {
                out.append(replacement);
            } else if (GSM7_BASIC.indexOf(c) >= 0 || GSM7_EXTENSION.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('?');
            }
        }
        return out.toString();
    }

    private static String cut(String gsm7, int maxSeptets) {
        int used = 0;
        int end = 0;
        while (end < gsm7.length()) {
            int width = GSM7_EXTENSION.indexOf(gsm7.charAt(end)) >= 0 ? 2 : 1;
            if (used + width > maxSeptets) {
                break;
            }
            used += width;
            end++;
        }
        return gsm7.substring(0, end).stripTrailing();
    }
}
