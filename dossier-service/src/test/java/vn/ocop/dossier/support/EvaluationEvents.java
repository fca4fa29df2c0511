package vn.ocop.dossier.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import vn.ocop.contracts.ContractValidator;
import vn.ocop.platform.test.TestInfrastructure;

/** Evaluation events as evaluation-service would publish them, checked against the contracts first. */
public final class EvaluationEvents {

    public static final String DISTRICT_GRADED = "vn.ocop.evaluation.district-graded.v1";
    public static final String PROVINCE_GRADED = "vn.ocop.evaluation.province-graded.v1";
    public static final String PRODUCT_RECOGNIZED = "vn.ocop.evaluation.product-recognized.v1";

    private EvaluationEvents() {}

    private static String common(String dossierId, long version) {
        return """
                "evaluationId":"EV-%s","dossierId":"%s","version":%d,"roundId":"2020-1","legalBasis":"QD1048_2019",\
                "productName":"Mạch nha Mộ Đức","productGroup":"FOOD_PROCESSED","sector":"FOOD",\
                "producerId":"PR-4300100001","producerName":"HTX Nông nghiệp Đức Lợi","districtCode":"533",\
                "communeCode":"21403","occurredAt":"2020-04-02T08:00:00Z","actor":"council.mo-duc.chair\"""".formatted(dossierId, dossierId, version);
    }

    public static String districtGradedBody(
            String dossierId, long version, double score, int stars, boolean qualifies) {
        return "{" + common(dossierId, version) + ",\"councilId\":\"HD-533\",\"score\":" + score + ",\"stars\":" + stars
                + ",\"qualifiesForProvince\":" + qualifies + ",\"memberTotals\":[" + score + "]}";
    }

    public static String provinceGradedBody(String dossierId, long version, double score, int stars) {
        return "{" + common(dossierId, version) + ",\"councilId\":\"HD-51\",\"score\":" + score + ",\"stars\":" + stars
                + ",\"memberTotals\":[" + score + "]}";
    }

    public static String recognizedBody(String dossierId, long version, double score, int stars) {
        return "{" + common(dossierId, version) + ",\"decisionNumber\":\"812/QĐ-UBND\",\"decisionDate\":\"2020-05-29\","
                + "\"signer\":\"Phó Chủ tịch UBND tỉnh\",\"score\":" + score + ",\"stars\":" + stars
                + ",\"certificateNumber\":\"OCOP-51-2020-0012\",\"validFrom\":\"2020-05-29\","
                + "\"validUntil\":\"2023-05-28\"}";
    }

    public static String districtGraded(String dossierId, long version, double score, int stars, boolean qualifies) {
        return send(DISTRICT_GRADED, dossierId, districtGradedBody(dossierId, version, score, stars, qualifies));
    }

    /** Sends a valid event and returns its ce_id. */
    public static String send(String type, String dossierId, String body) {
        assertThat(ContractValidator.load().validate(type, body)).as(body).isEmpty();
        Map<String, String> headers = TestInfrastructure.ceHeaders(type, dossierId);
        TestInfrastructure.send("ocop.evaluation.events", dossierId, body, headers);
        return headers.get("ce_id");
    }

    /** Sends a record with a chosen ce_id (a redelivery) without checking the body. */
    public static void sendRaw(String type, String dossierId, String body, String ceId) {
        Map<String, String> headers = new HashMap<>(TestInfrastructure.ceHeaders(type, dossierId));
        headers.put("ce_id", ceId);
        TestInfrastructure.send("ocop.evaluation.events", dossierId, body, headers);
    }
}
