package vn.ocop.notification.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;
import vn.ocop.notification.channel.DeliveryChannel;
import vn.ocop.notification.delivery.Delivery;
import vn.ocop.notification.delivery.DeliveryState;
import vn.ocop.notification.support.NotificationTestBase;

/** Each business event reaches the people its subscription names, in their language, once. */
class AlertRoutingTest extends NotificationTestBase {

    static final String DOSSIER = "ocop.dossier.events";
    static final String EVALUATION = "ocop.evaluation.events";
    static final String REPORTING = "ocop.reporting.events";
    static final String PRODUCER = "ct-producer-4300100001";
    static final String DISTRICT = "ct-dist-533";
    static final String COMMUNE = "ct-commune-21403";
    static final String DARD = "ct-dard-ocop";

    static List<Arguments> alerts() {
        return List.of(
                Arguments.of(DOSSIER, "vn.ocop.dossier.submitted.v1", Set.of(DISTRICT)),
                Arguments.of(DOSSIER, "vn.ocop.dossier.returned.v1", Set.of(PRODUCER, COMMUNE)),
                Arguments.of(DOSSIER, "vn.ocop.dossier.accepted.v1", Set.of(PRODUCER)),
                Arguments.of(DOSSIER, "vn.ocop.dossier.forwarded.v1", Set.of(DARD)),
                Arguments.of(EVALUATION, "vn.ocop.evaluation.district-graded.v1", Set.of(PRODUCER, DISTRICT)),
                Arguments.of(EVALUATION, "vn.ocop.evaluation.province-graded.v1", Set.of(PRODUCER, DISTRICT)),
                Arguments.of(
                        EVALUATION,
                        "vn.ocop.evaluation.product-recognized.v1",
                        Set.of(PRODUCER, DISTRICT, COMMUNE, DARD)),
                Arguments.of(EVALUATION, "vn.ocop.evaluation.recognition-expiring.v1", Set.of(PRODUCER, DISTRICT)),
                Arguments.of(REPORTING, "vn.ocop.reporting.report-overdue.v1", Set.of("ct-unit-dist-533")),
                Arguments.of(REPORTING, "vn.ocop.reporting.task-overdue.v1", Set.of("ct-unit-doit")));
    }

    /** An event about Mộ Đức's demo producer (commune Đức Lợi), with a product name no other test uses. */
    static ObjectNode aboutMoDuc(String ceType, String product) {
        ObjectNode body = example(ceType);
        if (body.has("producerId")) {
            body.put("dossierId", "dos-" + UUID.randomUUID());
            body.put("producerId", "PR-4300100001");
            body.put("districtCode", "533");
            body.put("communeCode", "21403");
            body.put("productName", product);
            body.put("producerName", "HTX Nông nghiệp Đức Lợi");
            if (body.has("districtName")) {
                body.put("districtName", "Huyện Mộ Đức");
            }
        }
        if (body.has("unitCode")) {
            body.put("unitCode", "533");
            body.put("periodId", "2020-H1-" + product);
        }
        if (body.has("ownerUnitCode")) {
            body.put("ownerUnitCode", "DOIT");
            body.put("title", product);
        }
        return body;
    }

    @ParameterizedTest(name = "{1} → {2}")
    @MethodSource("alerts")
    void eachAlertReachesTheContactsItsSubscriptionNamesOnEveryChannelTheyUse(
            String topic, String type, Set<String> expected) {
        String eventId =
                publish(topic, type, "k-" + UUID.randomUUID(), aboutMoDuc(type, "Sản phẩm " + UUID.randomUUID()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<Delivery> planned = deliveriesOf(eventId);
            assertThat(planned.stream().map(Delivery::contactId).collect(Collectors.toSet()))
                    .isEqualTo(expected);
            assertThat(planned).hasSize(expected.size() * 2);
            assertThat(planned).allMatch(d -> d.status() == DeliveryState.SENT);
        });
    }

    @Test
    void submittedDossierMailsTheDistrictOfficerInVietnameseWithDiacritics() {
        String product = "Mạch nha Thạch Trụ " + UUID.randomUUID();
        String eventId = publish(
                DOSSIER,
                "vn.ocop.dossier.submitted.v1",
                "k-" + UUID.randomUUID(),
                aboutMoDuc("vn.ocop.dossier.submitted.v1", product));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(mailTo("ocop.huyen533@example.gov.vn"))
                        .anySatisfy(m -> assertThat(m.subject())
                                .isEqualTo("[OCOP] Hồ sơ mới: " + product + " – HTX Nông nghiệp Đức Lợi")));
        assertThat(deliveriesOf(eventId))
                .filteredOn(d -> d.channel() == DeliveryChannel.SMS)
                .singleElement()
                .satisfies(sms ->
                        assertThat(sms.text()).startsWith("OCOP Huyen Mo Duc: HTX Nong nghiep Duc Loi da nop ho so"));
    }

    @Test
    void contactWhoChoseEnglishReceivesTheSameAlertInEnglish() {
        String contactId = "ct-test-en-" + UUID.randomUUID().toString().substring(0, 8);
        var created = api().post("/api/v1/contacts", """
                {"id":"%s","name":"Visiting adviser","role":"DISTRICT_OFFICER","districtCode":"533",
                 "email":"adviser.533@example.org","channels":["EMAIL"],"language":"en"}""".formatted(contactId))
                .as("province.officer")
                .send();
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        try {
            String product = "Nước mắm " + UUID.randomUUID();
            String eventId = publish(
                    DOSSIER,
                    "vn.ocop.dossier.submitted.v1",
                    "k-" + UUID.randomUUID(),
                    aboutMoDuc("vn.ocop.dossier.submitted.v1", product));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(mailTo("adviser.533@example.org"))
                        .anySatisfy(m -> assertThat(m.subject())
                                .isEqualTo("[OCOP] New dossier: " + product + " – HTX Nông nghiệp Đức Lợi"));
                assertThat(mailTo("ocop.huyen533@example.gov.vn"))
                        .anySatisfy(m -> assertThat(m.subject()).startsWith("[OCOP] Hồ sơ mới: " + product));
            });
            assertThat(deliveriesOf(eventId))
                    .filteredOn(d -> d.contactId().equals(contactId))
                    .singleElement()
                    .satisfies(d -> assertThat(d.language()).isEqualTo("en"));
        } finally {
            api().delete("/api/v1/contacts/" + contactId).as("province.officer").send();
        }
    }

    @Test
    void redeliveredEventSendsNothingMore() {
        String type = "vn.ocop.dossier.submitted.v1";
        String key = "k-" + UUID.randomUUID();
        String product = "Tỏi " + UUID.randomUUID();
        ObjectNode body = aboutMoDuc(type, product);
        String eventId = UUID.randomUUID().toString();
        publish(DOSSIER, type, key, body, eventId);
        publish(DOSSIER, type, key, body, eventId);
        // same key, same partition: once the marker is handled, both copies before it were too
        String marker = publish(DOSSIER, type, key, aboutMoDuc(type, "marker " + product));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(deliveriesOf(marker)).hasSize(2).allMatch(d -> d.status() == DeliveryState.SENT);
            assertThat(deliveriesOf(eventId)).hasSize(2).allMatch(d -> d.status() == DeliveryState.SENT);
        });
        assertThat(mailTo("ocop.huyen533@example.gov.vn"))
                .filteredOn(m -> m.subject().contains(product) && !m.subject().contains("marker"))
                .hasSize(1);
        assertThat(SMS
                        .findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(ESMS_PATH)))
                        .stream()
                        .filter(r -> r.getBodyAsString()
                                .contains(deliveriesOf(eventId).stream()
                                        .filter(d -> d.channel() == DeliveryChannel.SMS)
                                        .findFirst()
                                        .orElseThrow()
                                        .id()))
                        .count())
                .isEqualTo(1);
    }
}
