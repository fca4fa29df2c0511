package vn.ocop.dossier.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.dossier.support.EvaluationEvents.DISTRICT_GRADED;
import static vn.ocop.dossier.support.EvaluationEvents.PRODUCT_RECOGNIZED;
import static vn.ocop.dossier.support.EvaluationEvents.PROVINCE_GRADED;
import static vn.ocop.dossier.support.EvaluationEvents.districtGradedBody;
import static vn.ocop.dossier.support.EvaluationEvents.provinceGradedBody;
import static vn.ocop.dossier.support.EvaluationEvents.recognizedBody;
import static vn.ocop.dossier.support.EvaluationEvents.send;
import static vn.ocop.dossier.support.EvaluationEvents.sendRaw;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.ocop.dossier.support.DossierServiceTestBase;
import vn.ocop.platform.test.TestInfrastructure;

class OutcomeConsumerTest extends DossierServiceTestBase {

    private static final String DLQ = "ocop.evaluation.events.dossier-service.dlq";

    @Autowired
    MeterRegistry meters;

    @Test
    void showsDistrictProvinceAndRecognitionResultsOnTheDossier() {
        String id = acceptedDossier(newRound(LocalDate.of(2020, 4, 10)));
        send(DISTRICT_GRADED, id, districtGradedBody(id, 1, 76.5, 4, true));
        awaitField(id, "status", "DISTRICT_GRADED");
        post(id, "forward", "district.mo-duc", null, 200);

        send(PROVINCE_GRADED, id, provinceGradedBody(id, 1, 76.64, 4));
        awaitField(id, "status", "PROVINCE_GRADED");
        send(PRODUCT_RECOGNIZED, id, recognizedBody(id, 2, 76.64, 4));
        awaitField(id, "status", "RECOGNIZED");

        JsonNode d = dossier(id);
        assertThat(d.get("districtResult").get("score").asDouble()).isEqualTo(76.5);
        assertThat(d.get("provinceResult").get("stars").asInt()).isEqualTo(4);
        assertThat(d.get("recognition").get("decisionNumber").asString()).isEqualTo("812/QĐ-UBND");
        assertThat(d.get("recognition").get("certificateNumber").asString()).isEqualTo("OCOP-51-2020-0012");
        assertThat(d.get("recognition").get("validUntil").asString()).isEqualTo("2023-05-28");
    }

    @Test
    void provinceGradeBelowThreeStarsMeansNotRecognized() {
        String id = acceptedDossier(newRound(LocalDate.of(2020, 4, 10)));
        send(DISTRICT_GRADED, id, districtGradedBody(id, 1, 55.0, 3, true));
        awaitField(id, "status", "DISTRICT_GRADED");
        post(id, "forward", "district.mo-duc", null, 200);
        send(PROVINCE_GRADED, id, provinceGradedBody(id, 1, 48.25, 2));
        awaitField(id, "status", "NOT_RECOGNIZED");
    }

    @Test
    void repeatedAndOlderEventsChangeNothing() {
        String id = acceptedDossier(newRound(LocalDate.of(2020, 4, 10)));
        String first = send(DISTRICT_GRADED, id, districtGradedBody(id, 2, 66.0, 3, true));
        awaitField(id, "status", "DISTRICT_GRADED");
        long version = dossier(id).get("version").asLong();

        sendRaw(DISTRICT_GRADED, id, districtGradedBody(id, 2, 66.0, 3, true), first); // redelivery
        send(DISTRICT_GRADED, id, districtGradedBody(id, 1, 40.0, 2, false)); // older version
        send(DISTRICT_GRADED, id, districtGradedBody(id, 3, 71.0, 4, true)); // newer re-grade: marker

        await().atMost(Duration.ofSeconds(20))
                .until(() -> dossier(id).get("districtResult").get("score").asDouble() == 71.0);
        // same partition, in order: the two before the marker were skipped, only the marker changed the dossier
        assertThat(dossier(id).get("version").asLong()).isEqualTo(version + 1);
    }

    @Test
    void malformedRecordGoesToTheDeadLetterTopicAndTheNextRecordIsStillApplied() {
        String id = acceptedDossier(newRound(LocalDate.of(2020, 4, 10)));
        TestInfrastructure.send(
                "ocop.evaluation.events", id, "{not json", TestInfrastructure.ceHeaders(DISTRICT_GRADED, id));
        TestInfrastructure.send(
                "ocop.evaluation.events",
                id,
                "{\"dossierId\":\"" + id + "\"}",
                TestInfrastructure.ceHeaders(DISTRICT_GRADED, id));
        send(DISTRICT_GRADED, id, districtGradedBody(id, 1, 62.0, 3, true));

        awaitField(id, "status", "DISTRICT_GRADED");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(TestInfrastructure.readAll(DLQ).stream()
                                .filter(r -> id.equals(r.key()))
                                .count())
                        .isEqualTo(2));
    }

    @Test
    void otherEvaluationTypesAreIgnoredNotDeadLettered() {
        String id = acceptedDossier(newRound(LocalDate.of(2020, 4, 10)));
        TestInfrastructure.send(
                "ocop.evaluation.events",
                id,
                "{\"dossierId\":\"" + id + "\"}",
                TestInfrastructure.ceHeaders("vn.ocop.evaluation.five-star-proposed.v1", id));
        send(DISTRICT_GRADED, id, districtGradedBody(id, 1, 62.0, 3, true));
        awaitField(id, "status", "DISTRICT_GRADED");
        assertThat(TestInfrastructure.readAll(DLQ).stream().filter(r -> id.equals(r.key())))
                .isEmpty();
    }

    @Test
    void aGradeFromAnySourceButEvaluationServiceChangesNothingAndIsDeadLetteredAndCounted() {
        String id = acceptedDossier(newRound(LocalDate.of(2020, 4, 10)));
        JsonNode before = dossier(id);
        double forgedBefore = forgedCount();
        // the outside test's record: a valid 5-star, 99.5-point district grade, from nobody
        Map<String, String> headers = new HashMap<>(TestInfrastructure.ceHeaders(DISTRICT_GRADED, id));
        headers.put("ce_source", "/ocop/nobody");
        TestInfrastructure.send(
                EVALUATION_TOPIC,
                id,
                districtGradedBody(id, 1, 99.5, 5, true).replace("council.mo-duc.chair", "nobody.forged"),
                headers);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(deadLettered(id))
                        .singleElement()
                        .satisfies(r -> {
                            assertThat(TestInfrastructure.header(r, "ce_id")).isEqualTo(headers.get("ce_id"));
                            assertThat(TestInfrastructure.header(r, "x-exception-message"))
                                    .contains("/ocop/nobody")
                                    .contains("/ocop/evaluation-service");
                        }));
        await().atMost(Duration.ofSeconds(10)).until(() -> forgedCount() == forgedBefore + 1);
        JsonNode after = dossier(id);
        assertThat(before.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(after.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(after.get("version").asLong())
                .isEqualTo(before.get("version").asLong());
        assertThat(after.path("districtResult")).isEqualTo(before.path("districtResult"));
    }

    private List<ConsumerRecord<String, byte[]>> deadLettered(String id) {
        return TestInfrastructure.readAll(DLQ).stream()
                .filter(r -> id.equals(r.key()))
                .toList();
    }

    private double forgedCount() {
        Counter counter = meters.find("ocop.events.dead.lettered")
                .tag("binding", "evaluationEvents-in-0")
                .tag("reason", "forged-source")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private void awaitField(String id, String field, String value) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> value.equals(dossier(id).get(field).asString()));
    }
}
