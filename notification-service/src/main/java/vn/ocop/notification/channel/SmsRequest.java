package vn.ocop.notification.channel;

import java.util.Objects;

/**
 * One SMS to one phone.
 *
 * @param clientRequestId the delivery id; sent to the provider as its request id so that a retried request is
 *                        recognised as the same message and not charged or delivered twice
 * @param phone           the recipient, as stored on the contact (0xxxxxxxxx or 84xxxxxxxxx); never log it unmasked
 * @param text            the text exactly as it must go out (already folded to ASCII when {@code unicode} is false)
 * @param brandname       the registered sender name, or null for the configured default
 * @param unicode         whether the text keeps Vietnamese diacritics (UCS-2, 70 characters per segment)
 */
public record SmsRequest(String clientRequestId, String phone, String text, String brandname, boolean unicode) {

    public SmsRequest {
        requireText(clientRequestId, "clientRequestId");
        requireText(phone, "phone");
        requireText(text, "text");
    }

    private static void requireText(String value, String name) {
        if (Objects.requireNonNull(value, name).isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /** Masks the phone so that an accidental log or toString() never reveals it. */
    @Override
    public String toString() {
        return "SmsRequest[clientRequestId=" + clientRequestId + ", phone=" + Masking.phone(phone) + ", length="
                + text.length() + ", brandname=" + brandname + ", unicode=" + unicode + "]";
    }
}
