package vn.ocop.evaluation.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.ocop.evaluation.support.EvaluationServiceTestBase;

/** A null inside a score sheet's answers or a council's members is a 400 naming it, never a 500. */
class NullElementRefusalsTest extends EvaluationServiceTestBase {

    private static JsonNode onlyError(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(json(r).get("errors")).as(r.body()).hasSize(1);
        return json(r).get("errors").get(0);
    }

    @Test
    void refusesANullAnswerNamingItsCriterion() {
        String id = acceptedEvaluation(newDossierId(), "QD1048_2019", "FOOD_PROCESSED");
        assign(id, "HD-533", "district.mo-duc");
        Map<String, String> answers = new HashMap<>(answersTotalling(FOOD_SHEET, 70));
        answers.put("A1.1", null);

        JsonNode error = onlyError(api().put(
                        "/api/v1/evaluations/" + id + "/score-sheets/me",
                        JSON.writeValueAsString(Map.of("answers", answers)))
                .as(MEMBER1)
                .send());

        assertThat(error.get("field").asString()).isEqualTo("answers.A1.1");
        assertThat(error.get("reason_vi").asString()).isNotBlank();
        assertThat(json(api().get("/api/v1/evaluations/" + id + "/score-sheets")
                        .as(MEMBER1)
                        .send()))
                .isEmpty();
        assertThat(evaluation(id).get("sheetsHandedInBy")).isEmpty();
    }

    @Test
    void refusesABlankAnswerNamingItsCriterion() {
        String id = acceptedEvaluation(newDossierId(), "QD1048_2019", "FOOD_PROCESSED");
        assign(id, "HD-533", "district.mo-duc");
        Map<String, String> answers = new HashMap<>(answersTotalling(FOOD_SHEET, 70));
        answers.put("A1.1", " ");

        HttpResponse<String> r = score(id, MEMBER1, answers);

        assertThat(onlyError(r).get("field").asString()).isEqualTo("answers.A1.1");
        assertThat(evaluation(id).get("sheetsHandedInBy")).isEmpty();
    }

    @Test
    void refusesANullCouncilMemberNamingItsIndex() {
        HttpResponse<String> r =
                api().post("/api/v1/councils", """
                {"id":"HD-NULL1","name":"Hội đồng","level":"DISTRICT","unit":"533","members":[
                 {"userId":"council.mo-duc.chair","name":"A","role":"CHAIR"},null]}""").as("province.officer").send();

        assertThat(onlyError(r).get("field").asString()).isEqualTo("members[1]");
        assertThat(api().get("/api/v1/councils/HD-NULL1")
                        .as("province.officer")
                        .send()
                        .statusCode())
                .isEqualTo(404);
    }
}
