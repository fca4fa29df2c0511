package vn.ocop.platform.web;

import java.text.Normalizer;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Every text that arrives in a JSON body: normalised to NFC (so "Tỏi Lý Sơn" typed with combining
 * marks equals the precomposed form), and refused when it carries control characters, unpaired
 * surrogates, bidirectional controls or markup. Names travel to e-mails, PDFs and the dashboard;
 * escaping on output stays, this is the second wall.
 */
public final class TextInput {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern MARKUP = Pattern.compile("<[A-Za-z!/?]");
    /** Bidi embeddings, overrides, isolates and marks: they make "exe.fdp" display as "pdf.exe" (Trojan Source). */
    private static final Pattern BIDI = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]");

    private TextInput() {}

    /** Null when the text is acceptable, else the reason in English and Vietnamese. */
    static String[] problem(String text) {
        if (CONTROL.matcher(text).find()) {
            return new String[] {"contains control characters", "chứa ký tự điều khiển"};
        }
        if (BIDI.matcher(text).find()) {
            return new String[] {
                "contains bidirectional control characters (U+202A–U+202E, U+2066–U+2069, U+200E, " + "U+200F, U+061C)",
                "chứa ký tự điều khiển hướng văn bản (U+202A–U+202E, U+2066–U+2069, U+200E, " + "U+200F, U+061C)"
            };
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return new String[] {"is not valid Unicode", "không phải Unicode hợp lệ"};
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return new String[] {"is not valid Unicode", "không phải Unicode hợp lệ"};
            }
        }
        if (MARKUP.matcher(text).find()) {
            return new String[] {"must not contain HTML or other markup", "không được chứa thẻ HTML hay mã đánh dấu"};
        }
        return null;
    }

    public static String normalise(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Refused text, with the reason a person can read; the problem handler names the field. */
    public static final class UnacceptableText extends InvalidFormatException {
        private final String reason;
        private final String reasonVi;

        UnacceptableText(JsonParser p, String value, String reason, String reasonVi) {
            super(p, "text " + reason, value, String.class);
            this.reason = reason;
            this.reasonVi = reasonVi;
        }

        public String reason() {
            return reason;
        }

        public String reasonVi() {
            return reasonVi;
        }
    }

    /** The JSON string deserializer with the checks above. */
    public static final class Deserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            String value = super.deserialize(p, ctxt);
            if (value == null) {
                return null;
            }
            String[] problem = problem(value);
            if (problem != null) {
                throw new UnacceptableText(p, value, problem[0], problem[1]);
            }
            return normalise(value);
        }
    }
}
