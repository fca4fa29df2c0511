package vn.ocop.notification.flow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.node.ObjectNode;
import vn.ocop.notification.delivery.DeliveryState;
import vn.ocop.notification.support.NotificationTestBase;
import vn.ocop.notification.support.TestContacts;
import vn.ocop.notification.support.TestContacts.SmsContact;
import vn.ocop.platform.test.EventLog;
import vn.ocop.platform.test.TestInfrastructure;

/** What leaves the service: contract-valid events, poison parked in the DLQ, and no phone or e-mail anywhere. */
@ExtendWith(OutputCaptureExtension.class)
class EventHygieneTest extends NotificationTestBase {

    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    static final Pattern PHONE = Pattern.compile("(?<![0-9A-Za-z])(0|\\+?84)[1-9][0-9]{8}(?![0-9A-Za-z])");
    static final String DLQ = "ocop.dossier.events.notification-service.dlq";
    static final List<String> TOPICS = List.of(
            "ocop.dossier.events", "ocop.evaluation.events", "ocop.reporting.events", "ocop.notification.events", DLQ);

    @Test
    void malformedRecordLandsInTheDeadLetterTopicAndTheNextGoodOneIsProcessed() {
        String key = "dos-poison-" + UUID.randomUUID();
        String notJson = publish("ocop.dossier.events", "vn.ocop.dossier.submitted.v1", key, "{not json");
        ObjectNode noDossierId = AlertRoutingTest.aboutMoDuc("vn.ocop.dossier.submitted.v1", "x");
        noDossierId.remove("dossierId");
        String invalid = publish("ocop.dossier.events", "vn.ocop.dossier.submitted.v1", key, noDossierId);
        String good = publish(
                "ocop.dossier.events",
                "vn.ocop.dossier.submitted.v1",
                key,
                AlertRoutingTest.aboutMoDuc("vn.ocop.dossier.submitted.v1", "after poison " + key));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(deliveriesOf(good)).hasSize(2));
        await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .untilAsserted(() -> assertThat(TestInfrastructure.readAll(DLQ).stream()
                                .map(r -> TestInfrastructure.header(r, "ce_id")))
                        .contains(notJson, invalid));
        assertThat(deliveriesOf(notJson)).isEmpty();
        assertThat(deliveriesOf(invalid)).isEmpty();
    }

    @Test
    void everyEventTheServiceEmitsValidatesAgainstItsContract() {
        String eventId = publish(
                "ocop.dossier.events",
                "vn.ocop.dossier.accepted.v1",
                "k-" + UUID.randomUUID(),
                AlertRoutingTest.aboutMoDuc("vn.ocop.dossier.accepted.v1", "contract " + UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var ids = deliveriesOf(eventId).stream().map(d -> d.id()).toList();
            assertThat(ids).hasSize(2);
            assertThat(TestInfrastructure.readAll("ocop.notification.events"))
                    .filteredOn(r -> ids.contains(r.key()))
                    .hasSize(2);
        });

        List<ConsumerRecord<String, byte[]>> emitted = TestInfrastructure.readAll("ocop.notification.events");
        assertThat(emitted).isNotEmpty();
        emitted.forEach(EventLog::assertContract);
    }

    @Test
    void noPhoneNumberOrEmailAddressInLogsEventsOrDeadLetters(CapturedOutput output) {
        var invalidPhone =
                api().post("/api/v1/contacts", """
                {"name":"Sai số","role":"DISTRICT_OFFICER","districtCode":"533","phone":"0123","email":"not-an-email@",
                 "channels":["SMS","EMAIL"]}""").as("province.officer").send();
        assertThat(invalidPhone.statusCode()).isEqualTo(400);
        assertThat(invalidPhone.body()).doesNotContain("0123").doesNotContain("not-an-email@");

        SmsContact rejected = TestContacts.smsReporter(mongo);
        SMS.stubFor(post(urlPathEqualTo(ESMS_PATH))
                .atPriority(1)
                .withRequestBody(matchingJsonPath("$.Phone", equalTo(rejected.phone())))
                .willReturn(aResponse().withStatus(400)));
        ObjectNode task = example("vn.ocop.reporting.task-overdue.v1");
        task.put("ownerUnitCode", rejected.unitCode());
        String failing = publish("ocop.reporting.events", "vn.ocop.reporting.task-overdue.v1", "task-pii", task);
        String sent = publish(
                "ocop.dossier.events",
                "vn.ocop.dossier.returned.v1",
                "k-" + UUID.randomUUID(),
                AlertRoutingTest.aboutMoDuc("vn.ocop.dossier.returned.v1", "pii " + UUID.randomUUID()));
        publish("ocop.dossier.events", "vn.ocop.dossier.submitted.v1", "k-pii", "{\"phone\":\"garbage");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(deliveriesOf(failing)).singleElement().matches(d -> d.status() == DeliveryState.FAILED);
            assertThat(deliveriesOf(sent)).hasSize(4).allMatch(d -> d.status() == DeliveryState.SENT);
        });
        assertThat(mailTo("chuthe.4300100001@example.com")).isNotEmpty();

        List<String> leaks = new ArrayList<>();
        scan("log", output.getAll(), leaks);
        for (String topic : TOPICS) {
            for (ConsumerRecord<String, byte[]> record : TestInfrastructure.readAll(topic)) {
                scan(topic + " value", new String(record.value(), StandardCharsets.UTF_8), leaks);
                for (Header h : record.headers()) {
                    scan(topic + " header " + h.key(), new String(h.value(), StandardCharsets.UTF_8), leaks);
                }
            }
        }
        assertThat(output.getAll()).contains("Delivery ");
        assertThat(leaks).isEmpty();
    }

    private static void scan(String where, String text, List<String> leaks) {
        for (Pattern pattern : List.of(EMAIL, PHONE)) {
            var matcher = pattern.matcher(text);
            while (matcher.find()) {
                leaks.add(where + ": " + matcher.group());
            }
        }
    }
}
