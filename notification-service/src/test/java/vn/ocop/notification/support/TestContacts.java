package vn.ocop.notification.support;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.ocop.notification.channel.DeliveryChannel;
import vn.ocop.notification.contact.Contact;
import vn.ocop.notification.contact.ContactRole;
import vn.ocop.notification.template.Language;

/**
 * Contacts a test writes straight into the store, with a unit and a phone no other test uses. The unit is no
 * reference unit (the API would refuse it), so the events a test sends for it reach this contact alone.
 */
public final class TestContacts {

    private TestContacts() {}

    public record SmsContact(String id, String unitCode, String phone) {}

    /** A unit reporter reached by SMS only: task-overdue events for {@code unitCode} go to it alone. */
    public static SmsContact smsReporter(MongoTemplate mongo) {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String phone = "098" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        SmsContact contact = new SmsContact("ct-test-" + suffix.toLowerCase(Locale.ROOT), "T-" + suffix, phone);
        mongo.insert(
                new Contact(
                        contact.id(),
                        "Báo cáo viên thử nghiệm",
                        ContactRole.UNIT_REPORTER,
                        null,
                        null,
                        contact.unitCode(),
                        null,
                        null,
                        phone,
                        List.of(DeliveryChannel.SMS),
                        Language.VI,
                        null,
                        1),
                "contacts");
        return contact;
    }
}
