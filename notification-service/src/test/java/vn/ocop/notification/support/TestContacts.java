package vn.ocop.notification.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import vn.ocop.platform.test.Api;

/** Contacts a test creates through the API, with a unit and a phone no other test uses. */
public final class TestContacts {

    private TestContacts() {
    }

    public record SmsContact(String id, String unitCode, String phone) {
    }

    /** A unit reporter reached by SMS only: task-overdue events for {@code unitCode} go to it alone. */
    public static SmsContact smsReporter(Api api) {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        String phone = "098" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        SmsContact contact = new SmsContact("ct-test-" + suffix.toLowerCase(java.util.Locale.ROOT), "T-" + suffix,
                phone);
        var response = api.post("/api/v1/contacts", """
                {"id":"%s","name":"Báo cáo viên thử nghiệm","role":"UNIT_REPORTER","unitCode":"%s",
                 "phone":"%s","channels":["SMS"],"language":"vi"}""".formatted(contact.id(), contact.unitCode(),
                phone)).as("operator").send();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return contact;
    }
}
