package vn.ocop.platform.files;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The name a file is stored and offered under: no directories, no control or format characters,
 * NFC-normalised, Vietnamese letters kept, anything else odd replaced by an underscore.
 */
public final class SafeFileName {

    static final int MAX_LENGTH = 150;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]");
    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{M}\\p{N} ._()\\-]");
    private static final Pattern RUNS = Pattern.compile("[_ ]{2,}");

    private SafeFileName() {}

    public static String of(String raw) {
        String name = raw == null ? "" : raw;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = CONTROL.matcher(name).replaceAll("");
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        name = UNSAFE.matcher(name).replaceAll("_");
        name = RUNS.matcher(name).replaceAll("_").strip();
        // a leading dot would hide the file or make it a bare extension
        name = name.replaceAll("^[. ]+", "");
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - ext.length()) + ext;
        }
        return name.isEmpty() ? "file" : name;
    }

    /** The lower-case extension without the dot, or "" when there is none. */
    public static String extension(String safeName) {
        int dot = safeName.lastIndexOf('.');
        return dot < 0 ? "" : safeName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
