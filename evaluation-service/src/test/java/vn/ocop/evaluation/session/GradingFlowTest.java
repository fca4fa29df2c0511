package vn.ocop.evaluation.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ocop.evaluation.recognition.application.ExpiryNotices;
import vn.ocop.evaluation.support.EvaluationServiceTestBase;

/**
 * The whole path on the embedded stack: dossier accepted → district council grades → forwarded →
 * provincial council grades → recognition decision → certificate → expiry notices.
 */
class GradingFlowTest extends EvaluationServiceTestBase {

    private static final String PROVINCE_CHAIR = "council.province.chair";
    private static final String PROVINCE_MEMBER1 = "council.province.member1";
    private static final String PROVINCE_SECRETARY = "council.province.member2";

    @Autowired
    ExpiryNotices expiryNotices;

    @Test
    void districtCouncilGradesAcceptedDossierThenProvinceRecognisesItWithACertificate() {
        String dossier = newDossierId();
        String district = acceptedEvaluation(dossier, "QD1048_2019", "FOOD_PROCESSED");
        assertThat(evaluation(district).get("status").asString()).isEqualTo("AWAITING_COUNCIL");

        assign(district, "HD-533", "district.mo-duc");
        JsonNode assigned = evaluation(district);
        assertThat(assigned.get("assignment").get("sheetId").asString()).isEqualTo(FOOD_SHEET);
        scoreOk(district, CHAIR, answersTotalling(FOOD_SHEET, 80));
        scoreOk(district, MEMBER1, answersTotalling(FOOD_SHEET, 75));
        scoreOk(district, MEMBER2, answersTotalling(FOOD_SHEET, 72));

        HttpResponse<String> closed = finalise(district, CHAIR);
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        JsonNode districtGraded = body(
                awaitEvents(dossier, "vn.ocop.evaluation.district-graded.v1").get(0));
        assertThat(districtGraded.get("score").decimalValue()).isEqualByComparingTo("75.66");
        assertThat(districtGraded.get("stars").asInt()).isEqualTo(4);
        assertThat(districtGraded.get("qualifiesForProvince").asBoolean()).isTrue();
        assertThat(districtGraded.get("councilId").asString()).isEqualTo("HD-533");
        assertThat(districtGraded
                        .get("memberTotals")
                        .valueStream()
                        .map(JsonNode::asInt)
                        .toList())
                .containsExactly(80, 75, 72);
        assertThat(districtGraded.get("evaluationId").asString()).isEqualTo(district);
        assertThat(districtGraded.get("actor").asString()).isEqualTo(CHAIR);

        String province = forwarded(dossier, "75.66", 4);
        assign(province, "HD-51", "province.officer");
        scoreOk(province, PROVINCE_CHAIR, answersTotalling(FOOD_SHEET, 85));
        scoreOk(province, PROVINCE_MEMBER1, answersTotalling(FOOD_SHEET, 80));
        scoreOk(province, PROVINCE_SECRETARY, answersTotalling(FOOD_SHEET, 78));
        HttpResponse<String> provinceClosed = finalise(province, PROVINCE_SECRETARY);
        assertThat(provinceClosed.statusCode()).as(provinceClosed.body()).isEqualTo(200);
        JsonNode provinceGraded = body(
                awaitEvents(dossier, "vn.ocop.evaluation.district-graded.v1", "vn.ocop.evaluation.province-graded.v1")
                        .get(1));
        assertThat(provinceGraded.get("score").decimalValue()).isEqualByComparingTo("81");
        assertThat(provinceGraded.get("stars").asInt()).isEqualTo(4);

        clock.set(Instant.parse("2020-05-29T03:00:00Z"));
        HttpResponse<String> decision = api().post("/api/v1/recognition-decisions", """
                {"decisionNumber":"412/QĐ-UBND","decisionDate":"2020-05-29","signer":"Phó Chủ tịch UBND tỉnh",\
                "dossierIds":["%s"]}""".formatted(dossier))
                .as("province.officer")
                .send();
        assertThat(decision.statusCode()).as(decision.body()).isEqualTo(200);
        List<ConsumerRecord<String, byte[]>> events = awaitEvents(
                dossier,
                "vn.ocop.evaluation.district-graded.v1",
                "vn.ocop.evaluation.province-graded.v1",
                "vn.ocop.evaluation.product-recognized.v1");
        JsonNode recognized = body(events.get(2));
        assertThat(recognized.get("certificateNumber").asString()).isEqualTo("OCOP-QNg-2020-0001");
        assertThat(recognized.get("validFrom").asString()).isEqualTo("2020-05-29");
        assertThat(recognized.get("validUntil").asString()).isEqualTo("2023-05-28");
        assertThat(recognized.get("stars").asInt()).isEqualTo(4);
        assertThat(recognized.get("decisionNumber").asString()).isEqualTo("412/QĐ-UBND");

        HttpResponse<String> again = api().post("/api/v1/recognition-decisions", """
                {"decisionNumber":"412/QĐ-UBND","decisionDate":"2020-05-29","signer":"Phó Chủ tịch UBND tỉnh",\
                "dossierIds":["%s"]}""".formatted(dossier))
                .as("province.officer")
                .send();
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again).get("items").get(0).get("certificateNumber").asString())
                .isEqualTo("OCOP-QNg-2020-0001");

        clock.set(Instant.parse("2023-04-27T16:59:00Z"));
        assertThat(expiryNotices.sendDue())
                .as("27 April, province time: not yet 30 days before")
                .isZero();
        clock.set(Instant.parse("2023-04-27T17:00:00Z"));
        assertThat(expiryNotices.sendDue()).as("28 April 00:00 in Quảng Ngãi").isEqualTo(1);
        assertThat(expiryNotices.sendDue())
                .as("the expiring notice goes out once")
                .isZero();
        clock.set(Instant.parse("2023-05-28T16:59:00Z"));
        assertThat(expiryNotices.sendDue()).as("still valid on its last day").isZero();
        clock.set(Instant.parse("2023-05-28T17:00:00Z"));
        assertThat(expiryNotices.sendDue()).isEqualTo(1);
        assertThat(expiryNotices.sendDue())
                .as("the expired notice goes out once")
                .isZero();
        List<ConsumerRecord<String, byte[]>> all = awaitEvents(
                dossier,
                "vn.ocop.evaluation.district-graded.v1",
                "vn.ocop.evaluation.province-graded.v1",
                "vn.ocop.evaluation.product-recognized.v1",
                "vn.ocop.evaluation.recognition-expiring.v1",
                "vn.ocop.evaluation.recognition-expired.v1");
        assertThat(body(all.get(4)).get("certificateNumber").asString()).isEqualTo("OCOP-QNg-2020-0001");

        HttpResponse<String> audit = api().get("/api/v1/evaluations/" + province + "/audit")
                .as("operator")
                .send();
        assertThat(json(audit)
                        .valueStream()
                        .map(a -> a.get("action").asString() + "/"
                                + a.get("actor").asString())
                        .toList())
                .containsSubsequence(
                        "ASSIGNED/province.officer",
                        "SCORED/" + PROVINCE_CHAIR,
                        "GRADED/" + PROVINCE_SECRETARY,
                        "RECOGNISED/province.officer",
                        "RECOGNITION_EXPIRING/evaluation-service",
                        "RECOGNITION_EXPIRED/evaluation-service");
        assertThat(api().get("/api/v1/evaluations/" + province + "/audit")
                        .as("district.mo-duc")
                        .send()
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void provincialFiveStarCandidateIsProposedToTheCentreWithoutACertificate() {
        String dossier = newDossierId();
        String province = forwarded(dossier, "92.00", 5);
        assign(province, "HD-51", "province.officer");
        scoreOk(province, PROVINCE_CHAIR, answersTotalling(FOOD_SHEET, 92));
        scoreOk(province, PROVINCE_MEMBER1, answersTotalling(FOOD_SHEET, 90));
        scoreOk(province, PROVINCE_SECRETARY, answersTotalling(FOOD_SHEET, 91));
        assertThat(finalise(province, PROVINCE_CHAIR).statusCode()).isEqualTo(200);
        awaitEvents(dossier, "vn.ocop.evaluation.province-graded.v1");

        HttpResponse<String> decision = api().post("/api/v1/recognition-decisions", """
                {"decisionNumber":"77/QĐ-UBND","decisionDate":"2021-06-01","signer":"Chủ tịch UBND tỉnh",\
                "evaluationIds":["%s"]}""".formatted(province))
                .as("province.officer")
                .send();
        assertThat(decision.statusCode()).as(decision.body()).isEqualTo(200);
        assertThat(json(decision).get("items").get(0).get("outcome").asString()).isEqualTo("PROPOSED_TO_CENTRE");
        JsonNode proposed = body(awaitEvents(
                        dossier, "vn.ocop.evaluation.province-graded.v1", "vn.ocop.evaluation.five-star-proposed.v1")
                .get(1));
        assertThat(proposed.get("score").decimalValue()).isEqualByComparingTo("91");
        assertThat(evaluation(province).get("status").asString()).isEqualTo("PROPOSED_TO_CENTRE");
    }

    @Test
    void producerSeesItsResultOnlyAfterTheCouncilClosesAndMembersSeeOthersSheetsOnlyThen() {
        String dossier = newDossierId();
        String district = acceptedEvaluation(dossier, "QD1048_2019", "FOOD_FRESH");
        assign(district, "HD-533", "district.mo-duc");
        scoreOk(district, CHAIR, answersTotalling(FOOD_SHEET, 60));
        scoreOk(district, MEMBER1, answersTotalling(FOOD_SHEET, 61));
        scoreOk(district, MEMBER2, answersTotalling(FOOD_SHEET, 62));

        assertThat(api().get("/api/v1/evaluations/" + district)
                        .as("producer.mo-duc")
                        .send()
                        .statusCode())
                .isEqualTo(404);
        JsonNode own = json(api().get("/api/v1/evaluations/" + district + "/score-sheets")
                .as(MEMBER1)
                .send());
        assertThat(own.valueStream().map(s -> s.get("memberId").asString()).toList())
                .containsExactly(MEMBER1);

        assertThat(finalise(district, MEMBER2).statusCode())
                .as("the secretary closes")
                .isEqualTo(200);
        JsonNode all = json(api().get("/api/v1/evaluations/" + district + "/score-sheets")
                .as(MEMBER1)
                .send());
        assertThat(all.valueStream().map(s -> s.get("memberId").asString()).toList())
                .containsExactlyInAnyOrder(CHAIR, MEMBER1, MEMBER2);
        HttpResponse<String> producerView = api().get("/api/v1/evaluations/" + district)
                .as("producer.mo-duc")
                .send();
        assertThat(producerView.statusCode()).isEqualTo(200);
        assertThat(json(producerView).get("result").get("score").asString()).isEqualTo("61.00");
        assertThat(json(api().get("/api/v1/evaluations?status=GRADED")
                                .as("producer.mo-duc")
                                .send())
                        .valueStream()
                        .map(e -> e.get("id").asString())
                        .toList())
                .contains(district);
    }

    private String forwarded(String dossier, String districtScore, int districtStars) {
        ObjectNode body =
                (ObjectNode) JSON.readTree(dossierEvent(FORWARDED, dossier, "QD1048_2019", "FOOD_PROCESSED", "533"));
        body.put("districtScore", Double.parseDouble(districtScore));
        body.put("districtStars", districtStars);
        send(FORWARDED, dossier, JSON.writeValueAsString(body));
        String id = dossier + ":PROVINCE";
        awaitEvaluation(id);
        return id;
    }
}
