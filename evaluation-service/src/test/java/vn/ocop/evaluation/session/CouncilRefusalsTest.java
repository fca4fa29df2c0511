package vn.ocop.evaluation.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.ocop.evaluation.support.EvaluationServiceTestBase;
import vn.ocop.platform.test.TestInfrastructure;

/** Refused scoring and finalising change nothing and emit nothing. */
class CouncilRefusalsTest extends EvaluationServiceTestBase {

    private static final String HERB_SHEET = "QD148-HERB-RAW-TEST";

    @Test
    void refusesUnknownOptionUnknownCriterionAndMissingAnswerNamingEachField() {
        String dossier = newDossierId();
        String id = acceptedEvaluation(dossier, "QD1048_2019", "FOOD_PROCESSED");
        assign(id, "HD-533", "district.mo-duc");
        Map<String, String> answers = new HashMap<>(answersTotalling(FOOD_SHEET, 70));
        answers.put("A1.1", "z");
        answers.put("Z9.9", "a");
        answers.remove("C3.2");

        HttpResponse<String> r = score(id, MEMBER1, answers);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(json(r).get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString())
                        .toList())
                .containsExactlyInAnyOrder("answers.A1.1", "answers.Z9.9", "answers.C3.2");
        assertThat(json(api().get("/api/v1/evaluations/" + id + "/score-sheets")
                        .as(MEMBER1)
                        .send()))
                .isEmpty();
        assertThat(evaluation(id).get("version").asLong()).isEqualTo(2);
    }

    @Test
    void refusesACouncilForADistrictThatDoesNotExist() {
        var r = api().post("/api/v1/councils", """
                {"id":"HD-X999","name":"Hội đồng","level":"DISTRICT","unit":"999","members":[
                 {"userId":"a","name":"A","role":"CHAIR"}]}""").as("province.officer").send();
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("unit");
        assertThat(api().get("/api/v1/councils/HD-X999")
                        .as("province.officer")
                        .send()
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void refusesScoresFromOutsideTheAssignedCouncil() {
        String dossier = newDossierId();
        String id = acceptedEvaluation(dossier, "QD1048_2019", "FOOD_PROCESSED");
        assign(id, "HD-533", "district.mo-duc");
        Map<String, String> answers = answersTotalling(FOOD_SHEET, 70);

        assertThat(score(id, "council.ba-to.chair", answers).statusCode())
                .as("another district's council")
                .isEqualTo(404);
        String notListed = TestInfrastructure.issuer()
                .mint(
                        Map.of(
                                "sub",
                                "council.mo-duc.guest",
                                "roles",
                                List.of("COUNCIL_MEMBER"),
                                "council_id",
                                "HD-533",
                                "district_code",
                                "533"),
                        Duration.ofMinutes(10));
        HttpResponse<String> r = api().put(
                        "/api/v1/evaluations/" + id + "/score-sheets/me",
                        JSON.writeValueAsString(Map.of("answers", answers)))
                .bearer(notListed)
                .send();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
        assertThat(score(id, "district.mo-duc", answers).statusCode())
                .as("officers do not score")
                .isEqualTo(403);
        assertThat(evaluation(id).get("sheetsHandedInBy")).isEmpty();
    }

    @Test
    void hidesEvaluationsOutsideTheCallersScope() {
        String id = acceptedEvaluation(newDossierId(), "QD1048_2019", "FOOD_PROCESSED");

        assertThat(api().get("/api/v1/evaluations/" + id)
                        .as("district.ba-to")
                        .send()
                        .statusCode())
                .isEqualTo(404);
        assertThat(api().get("/api/v1/evaluations/" + id)
                        .as("council.mo-duc.member1")
                        .send()
                        .statusCode())
                .as("not yet assigned to the member's council")
                .isEqualTo(404);
        assertThat(api().get("/api/v1/evaluations/" + id)
                        .as("producer.mo-duc")
                        .send()
                        .statusCode())
                .isEqualTo(404);
        assertThat(api().post(
                                "/api/v1/evaluations/" + id + "/assign",
                                "{\"councilId\":\"HD-533\",\"sessionDate\":" + "\"2020-03-30\"}")
                        .as("district.ba-to")
                        .send()
                        .statusCode())
                .isEqualTo(404);
        assertThat(json(api().get("/api/v1/evaluations?district=533")
                        .as("district.ba-to")
                        .send()))
                .isEmpty();
        assertThat(json(api().get("/api/v1/evaluations?district=533")
                                .as("district.mo-duc")
                                .send())
                        .valueStream()
                        .map(e -> e.get("id").asString())
                        .toList())
                .contains(id);
        assertThat(api().get("/api/v1/evaluations/" + id)
                        .as("district.mo-duc")
                        .send()
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void refusesToFinaliseWithoutQuorumNamingTheAbsentMember() {
        String dossier = newDossierId();
        String id = acceptedEvaluation(dossier, "QD1048_2019", "FOOD_PROCESSED");
        assign(id, "HD-533", "district.mo-duc");
        scoreOk(id, CHAIR, answersTotalling(FOOD_SHEET, 70));
        scoreOk(id, MEMBER1, answersTotalling(FOOD_SHEET, 71));

        assertThat(finalise(id, MEMBER1).statusCode())
                .as("a plain member does not finalise")
                .isEqualTo(403);
        HttpResponse<String> r = finalise(id, CHAIR);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        assertThat(json(r).get("code").asString()).isEqualTo("council-result-refused");
        assertThat(json(r).get("absent").valueStream().map(JsonNode::asString).toList())
                .containsExactly(MEMBER2);
        assertThat(json(r).get("detail_vi").asString()).contains("Chưa đủ số thành viên");
        assertThat(evaluation(id).get("status").asString()).isEqualTo("IN_SESSION");
        assertThat(typesOf(dossier)).isEmpty();
    }

    @Test
    void refusesASpreadOfTenPointZeroOneAndAcceptsExactlyTenAfterRescoring() {
        ensureHerbSheet();
        String dossier = newDossierId();
        String id = acceptedEvaluation(dossier, "QD148_2023", "HERB_RAW");
        assign(id, "HD-533", "district.mo-duc");
        assertThat(evaluation(id).get("assignment").get("sheetId").asString()).isEqualTo(HERB_SHEET);
        scoreOk(id, CHAIR, herbAnswers("c"));
        scoreOk(id, MEMBER1, herbAnswers("b"));
        scoreOk(id, MEMBER2, herbAnswers("a"));

        HttpResponse<String> refused = finalise(id, CHAIR);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(json(refused)
                        .get("rescore")
                        .valueStream()
                        .map(JsonNode::asString)
                        .toList())
                .containsExactlyInAnyOrder(CHAIR, MEMBER2);
        assertThat(json(refused).get("detail").asString()).contains("10.01");
        assertThat(evaluation(id).get("status").asString()).isEqualTo("IN_SESSION");
        assertThat(typesOf(dossier)).isEmpty();

        scoreOk(id, MEMBER2, herbAnswers("b"));
        HttpResponse<String> accepted = finalise(id, CHAIR);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        JsonNode graded = body(
                awaitEvents(dossier, "vn.ocop.evaluation.district-graded.v1").get(0));
        assertThat(graded.get("score").decimalValue()).isEqualByComparingTo("93.33");
        assertThat(graded.get("stars").asInt()).isEqualTo(5);
        assertThat(graded.get("legalBasis").asString()).isEqualTo("QD148_2023");
        assertThat(finalise(id, CHAIR).statusCode())
                .as("a closed council does not finalise twice")
                .isEqualTo(409);
        assertThat(typesOf(dossier)).hasSize(1);
    }

    private static Map<String, String> herbAnswers(String a1) {
        return Map.of("A1", a1, "B1", "b", "C1", "b");
    }

    private void ensureHerbSheet() {
        if (api().get("/api/v1/criteria-sheets/" + HERB_SHEET)
                        .as("province.officer")
                        .send()
                        .statusCode()
                == 200) {
            return;
        }
        HttpResponse<String> r = api().post("/api/v1/criteria-sheets/import", herbSheet(HERB_SHEET, 40, "HERB_RAW"))
                .as("province.officer")
                .send();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
}
