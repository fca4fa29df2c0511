package vn.ocop.notification.template;

import java.util.Locale;

/** Languages messages are written in. Vietnamese is the default for anyone who chose nothing. */
public enum Language {
    VI("vi"),
    EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /** Accepts "vi", "en", "vi-VN", "en_US"…; anything else falls back to Vietnamese. */
    public static Language fromTag(String tag) {
        if (tag == null) {
            return VI;
        }
        String primary = tag.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return EN.tag.equals(primary) ? EN : VI;
    }
}
