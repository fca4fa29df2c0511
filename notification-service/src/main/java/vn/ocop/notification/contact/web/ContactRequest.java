package vn.ocop.notification.contact.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.ocop.notification.channel.DeliveryChannel;
import vn.ocop.notification.contact.Contact;
import vn.ocop.notification.contact.ContactRole;
import vn.ocop.notification.contact.ContactRules;
import vn.ocop.notification.template.Language;

/**
 * A contact as a client writes it. Format rules live in {@link ContactRules} (not in annotations here) so that a
 * rejected phone or e-mail is never echoed back in the problem body.
 *
 * @param id       only on create, optional (generated when absent)
 * @param language {@code vi} (default) or {@code en}
 * @param version  on update: the version the client read (optimistic locking)
 */
public record ContactRequest(
        @Size(max = 80) String id,
        String name,
        ContactRole role,
        String districtCode,
        String communeCode,
        String unitCode,
        String producerId,
        String email,
        String phone,
        List<@NotNull DeliveryChannel> channels,
        String language,
        String userId,
        Long version) {

    Contact toContact(String contactId) {
        if (role == null) {
            throw vn.ocop.platform.web.ApiProblem.invalid("role", "is required", "là bắt buộc");
        }
        if (language != null && !language.matches("(?i)vi|en")) {
            throw vn.ocop.platform.web.ApiProblem.invalid("language", "must be vi or en", "phải là vi hoặc en");
        }
        return new Contact(
                contactId,
                name,
                role,
                blank(districtCode),
                blank(communeCode),
                blank(unitCode),
                blank(producerId),
                blank(email),
                ContactRules.normalizePhone(blank(phone)),
                channels,
                Language.fromTag(language),
                blank(userId),
                version == null ? 0 : version);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
