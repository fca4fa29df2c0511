package vn.ocop.notification.channel;

/**
 * Hides personal contact data before it reaches logs, metrics or events. Phones keep their first two and last three
 * digits ({@code 0912345123 → 09*****123}) so that an operator can still tell two numbers apart; e-mails keep the
 * first letter and the domain.
 */
public final class Masking {

    private static final int PHONE_HEAD = 2;
    private static final int PHONE_TAIL = 3;

    private Masking() {}

    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String compact = phone.replaceAll("[\\s.()-]", "");
        if (compact.length() <= PHONE_HEAD + PHONE_TAIL) {
            return "*".repeat(compact.length());
        }
        return compact.substring(0, PHONE_HEAD)
                + "*".repeat(compact.length() - PHONE_HEAD - PHONE_TAIL)
                + compact.substring(compact.length() - PHONE_TAIL);
    }

    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return "";
        }
        String trimmed = email.trim();
        int at = trimmed.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return trimmed.charAt(0) + "***" + trimmed.substring(at);
    }
}
