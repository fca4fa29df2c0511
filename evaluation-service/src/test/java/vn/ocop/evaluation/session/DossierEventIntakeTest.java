package vn.ocop.evaluation.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.ocop.contracts.ContractExamples;
import vn.ocop.evaluation.support.EvaluationServiceTestBase;
import vn.ocop.platform.test.TestInfrastructure;

/** Consuming ocop.dossier.events: idempotent, poison to the DLQ, withdrawal cancels, legal basis picks the level. */
class DossierEventIntakeTest extends EvaluationServiceTestBase {

    @Test
    void malformedRecordGoesToTheDeadLetterTopicAndTheNextGoodOneIsProcessed() {
        String marker = "not json " + UUID.randomUUID();
        TestInfrastructure.send(DOSSIER_TOPIC, "poison", marker, TestInfrastructure.ceHeaders(ACCEPTED, "poison"));
        String dossier = newDossierId();
        send(ACCEPTED, dossier, dossierEvent(ACCEPTED, dossier, "QD1048_2019", "FOOD_PROCESSED", "533"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestInfrastructure.readAll(DLQ).stream()
                        .anyMatch(r -> new String(r.value(), java.nio.charset.StandardCharsets.UTF_8).equals(marker)));
        awaitEvaluation(dossier + ":DISTRICT");
    }

    @Test
    void producerRegisteredIsAcknowledgedAndSkippedNotDeadLettered() {
        String dossier = newDossierId();
        // keyed like the marker that follows: one partition, so the marker's effect means this record was handled
        send(
                "vn.ocop.dossier.producer-registered.v1",
                dossier,
                ContractExamples.body("vn.ocop.dossier.producer-registered.v1"));
        send(ACCEPTED, dossier, dossierEvent(ACCEPTED, dossier, "QD1048_2019", "FOOD_PROCESSED", "533"));

        awaitEvaluation(dossier + ":DISTRICT");
        assertThat(TestInfrastructure.readAll(DLQ).stream().filter(r -> dossier.equals(r.key())))
                .isEmpty();
    }

    @Test
    void repeatedAcceptedEventCreatesNothingNew() {
        String dossier = newDossierId();
        String body = dossierEvent(ACCEPTED, dossier, "QD1048_2019", "FOOD_PROCESSED", "533");
        send(ACCEPTED, dossier, body);
        awaitEvaluation(dossier + ":DISTRICT");
        send(ACCEPTED, dossier, body);
        String marker = newDossierId();
        send(ACCEPTED, marker, dossierEvent(ACCEPTED, marker, "QD1048_2019", "FOOD_PROCESSED", "533"));
        awaitEvaluation(marker + ":DISTRICT");

        JsonNode evaluation = evaluation(dossier + ":DISTRICT");
        assertThat(evaluation.get("version").asLong()).isEqualTo(1);
        assertThat(json(api().get("/api/v1/evaluations/" + dossier + ":DISTRICT/audit")
                        .as("operator")
                        .send()))
                .hasSize(1);
        assertThat(typesOf(dossier)).isEmpty();
    }

    @Test
    void withdrawnDossierCancelsItsOpenEvaluationOnce() {
        String dossier = newDossierId();
        String id = acceptedEvaluation(dossier, "QD1048_2019", "FOOD_PROCESSED");
        String withdrawn = dossierEvent(WITHDRAWN, dossier, "QD1048_2019", "FOOD_PROCESSED", "533");
        send(WITHDRAWN, dossier, withdrawn);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> evaluation(id).get("status").asString().equals("CANCELLED"));
        send(WITHDRAWN, dossier, withdrawn);
        String marker = newDossierId();
        acceptedEvaluation(marker, "QD1048_2019", "FOOD_PROCESSED");

        assertThat(evaluation(id).get("version").asLong()).isEqualTo(2);
        assertThat(api().post(
                                "/api/v1/evaluations/" + id + "/assign",
                                "{\"councilId\":\"HD-533\",\"sessionDate\":" + "\"2020-03-30\"}")
                        .as("district.mo-duc")
                        .send()
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void anAcceptanceArrivingAfterTheWithdrawalOpensNoEvaluation() {
        // a replay or a DLQ re-drive can deliver one dossier's events out of order
        String dossier = newDossierId();
        send(WITHDRAWN, dossier, dossierEvent(WITHDRAWN, dossier, "QD1048_2019", "FOOD_PROCESSED", "533"));
        send(ACCEPTED, dossier, dossierEvent(ACCEPTED, dossier, "QD1048_2019", "FOOD_PROCESSED", "533"));
        String marker = newDossierId();
        acceptedEvaluation(marker, "QD1048_2019", "FOOD_PROCESSED");

        assertThat(api().get("/api/v1/evaluations/" + dossier + ":DISTRICT")
                        .as("operator")
                        .send()
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void underTheTwoLevelGovernmentTheCommuneGradesFirst() {
        String dossier = newDossierId();
        send(ACCEPTED, dossier, dossierEvent(ACCEPTED, dossier, "QD148_1489_2025", "FOOD_PROCESSED", "533"));

        JsonNode evaluation = awaitEvaluation(dossier + ":COMMUNE");

        assertThat(evaluation.get("level").asString()).isEqualTo("COMMUNE");
        assertThat(api().get("/api/v1/evaluations/" + dossier + ":DISTRICT")
                        .as("operator")
                        .send()
                        .statusCode())
                .isEqualTo(404);
    }
}
