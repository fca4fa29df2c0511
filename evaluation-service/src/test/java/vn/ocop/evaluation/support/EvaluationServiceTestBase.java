package vn.ocop.evaluation.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.ocop.contracts.ContractExamples;
import vn.ocop.platform.test.Api;
import vn.ocop.platform.test.EventLog;
import vn.ocop.platform.test.MutableClock;
import vn.ocop.platform.test.TestClockConfiguration;
import vn.ocop.platform.test.TestInfrastructure;

/**
 * The one Spring context of the module's service tests: the real embedded broker, the MongoDB-wire
 * server, real signed tokens (TestInfrastructure) and the kit's settable clock, starting at {@link #START}.
 * The scheduled expiry run is pushed far away so that tests drive it themselves.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ocop.evaluation.expiry-check-initial-delay=PT24H", "ocop.test.clock-start=2020-03-25T02:00:00Z"})
@Import(TestClockConfiguration.class)
public abstract class EvaluationServiceTestBase {

    public static final String DOSSIER_TOPIC = "ocop.dossier.events";
    public static final String EVALUATION_TOPIC = "ocop.evaluation.events";
    public static final String DLQ = "ocop.dossier.events.evaluation-service.dlq";
    public static final String ACCEPTED = "vn.ocop.dossier.accepted.v1";
    public static final String FORWARDED = "vn.ocop.dossier.forwarded.v1";
    public static final String WITHDRAWN = "vn.ocop.dossier.withdrawn.v1";
    /** 25 March 2020, 09:00 in Quảng Ngãi: district sessions of the first 2020 round. */
    public static final Instant START = Instant.parse("2020-03-25T02:00:00Z");

    public static final JsonMapper JSON = JsonMapper.builder().build();
    public static final String FOOD_SHEET = "QD1048-FOOD-SAMPLE";
    public static final String CHAIR = "council.mo-duc.chair";
    public static final String MEMBER1 = "council.mo-duc.member1";
    public static final String MEMBER2 = "council.mo-duc.member2";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "ocop_evaluation_test");
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected MutableClock clock;

    @BeforeEach
    void resetClockAndCouncils() {
        clock.set(START);
        ensureCouncil("HD-533", "DISTRICT", "533", "district.mo-duc", CHAIR, MEMBER1, MEMBER2);
        ensureCouncil(
                "HD-51",
                "PROVINCE",
                "51",
                "province.officer",
                "council.province.chair",
                "council.province.member1",
                "council.province.member2");
    }

    protected Api api() {
        return Api.at(port);
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** A council whose first member chairs and whose last member is the secretary. */
    protected void ensureCouncil(String id, String level, String unit, String officer, String... members) {
        if (api().get("/api/v1/councils/" + id).as("province.officer").send().statusCode() == 200) {
            return;
        }
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < members.length; i++) {
            String role = i == 0 ? "CHAIR" : i == members.length - 1 ? "SECRETARY" : "MEMBER";
            rows.add("{\"userId\":\"%s\",\"name\":\"Thành viên %d\",\"role\":\"%s\"}".formatted(members[i], i, role));
        }
        HttpResponse<String> r = api().post(
                        "/api/v1/councils", """
                {"id":"%s","name":"Hội đồng %s","level":"%s","unit":"%s","members":[%s]}""".formatted(id, id, level, unit, String.join(",", rows)))
                .as(officer)
                .send();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    /** A dossier event body from the contract examples with this dossier's id and product. */
    protected static String dossierEvent(
            String type, String dossierId, String legalBasis, String group, String districtCode) {
        ObjectNode body = (ObjectNode) JSON.readTree(ContractExamples.body(type));
        body.put("dossierId", dossierId);
        body.put("legalBasis", legalBasis);
        body.put("productGroup", group);
        body.put("districtCode", districtCode);
        body.put("producerId", "PR-4300100001");
        return JSON.writeValueAsString(body);
    }

    protected static void send(String type, String dossierId, String body) {
        TestInfrastructure.send(DOSSIER_TOPIC, dossierId, body, TestInfrastructure.ceHeaders(type, dossierId));
    }

    protected static String newDossierId() {
        return "dos-t-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** Sends dossier-accepted and waits until the district evaluation is there. */
    protected String acceptedEvaluation(String dossierId, String legalBasis, String group) {
        send(ACCEPTED, dossierId, dossierEvent(ACCEPTED, dossierId, legalBasis, group, "533"));
        String id = dossierId + ":DISTRICT";
        awaitEvaluation(id);
        return id;
    }

    protected JsonNode awaitEvaluation(String id) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/api/v1/evaluations/" + id)
                                .as("province.officer")
                                .send()
                                .statusCode()
                        == 200);
        return evaluation(id);
    }

    protected JsonNode evaluation(String id) {
        HttpResponse<String> r =
                api().get("/api/v1/evaluations/" + id).as("province.officer").send();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r);
    }

    protected void assign(String evaluationId, String councilId, String officer) {
        HttpResponse<String> r = api().post(
                        "/api/v1/evaluations/" + evaluationId + "/assign",
                        "{\"councilId\":\"%s\",\"sessionDate\":\"2020-03-30\"}".formatted(councilId))
                .as(officer)
                .send();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    protected HttpResponse<String> score(String evaluationId, String member, Map<String, String> answers) {
        return api().put(
                        "/api/v1/evaluations/" + evaluationId + "/score-sheets/me",
                        JSON.writeValueAsString(Map.of("answers", answers)))
                .as(member)
                .send();
    }

    protected void scoreOk(String evaluationId, String member, Map<String, String> answers) {
        HttpResponse<String> r = score(evaluationId, member, answers);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    /**
     * Answers that total exactly {@code total} points on a sheet: the best answer everywhere, then lower
     * answers on optional criteria until the points given up match. Mandatory criteria stay passed.
     */
    protected Map<String, String> answersTotalling(String sheetId, int total) {
        JsonNode sheet = json(api().get("/api/v1/criteria-sheets/" + sheetId)
                .as("province.officer")
                .send());
        Map<String, String> answers = new LinkedHashMap<>();
        BigDecimal toGiveUp = BigDecimal.valueOf(100 - total);
        for (JsonNode part : sheet.get("parts")) {
            for (JsonNode criterion : part.get("criteria")) {
                List<JsonNode> options = new ArrayList<>();
                criterion.get("options").forEach(options::add);
                options.sort(Comparator.comparing(o -> o.get("points").decimalValue()));
                BigDecimal best = options.get(options.size() - 1).get("points").decimalValue();
                JsonNode chosen = options.get(options.size() - 1);
                if (!criterion.get("mandatory").asBoolean()) {
                    for (JsonNode option : options) {
                        BigDecimal loss = best.subtract(option.get("points").decimalValue());
                        if (loss.compareTo(toGiveUp) <= 0) {
                            chosen = option;
                            toGiveUp = toGiveUp.subtract(loss);
                            break;
                        }
                    }
                }
                answers.put(criterion.get("code").asString(), chosen.get("code").asString());
            }
        }
        assertThat(toGiveUp.signum())
                .as("sheet " + sheetId + " cannot total " + total)
                .isZero();
        return answers;
    }

    protected HttpResponse<String> finalise(String evaluationId, String member) {
        return api().post("/api/v1/evaluations/" + evaluationId + "/finalise", "{}")
                .as(member)
                .send();
    }

    /** The types of the evaluation events with this key now on the topic, in order. */
    protected static List<String> typesOf(String dossierId) {
        return EventLog.typesOf(EVALUATION_TOPIC, dossierId);
    }

    /** Waits until the dossier's evaluation events are exactly these types; each is checked against its contract. */
    protected static List<ConsumerRecord<String, byte[]>> awaitEvents(String dossierId, String... types) {
        return EventLog.awaitEvents(EVALUATION_TOPIC, dossierId, types);
    }

    protected static JsonNode body(ConsumerRecord<String, byte[]> record) {
        return JSON.readTree(EventLog.text(record));
    }

    /** A 148 test sheet whose part A answers are worth 29.99, 30 and 40 points: totals 89.99, 90 and 100. */
    public static String herbSheet(String id, int partAMax, String group) {
        return """
                {"id":"%s","version":1,"legalBasis":"QD148_2023","title":{"vi":"Phiếu thử nghiệm dược liệu thô"},
                 "sample":true,"productGroups":["%s"],"parts":[
                  {"code":"A","title":{"vi":"Sản phẩm và sức mạnh cộng đồng"},"maxPoints":%d,"criteria":[
                    {"code":"A1","text":{"vi":"Tổ chức sản xuất"},"options":[
                      {"code":"a","text":{"vi":"Gần đạt"},"points":29.99},
                      {"code":"b","text":{"vi":"Đạt"},"points":30},
                      {"code":"c","text":{"vi":"Tốt"},"points":40}]}]},
                  {"code":"B","title":{"vi":"Khả năng tiếp thị"},"maxPoints":25,"criteria":[
                    {"code":"B1","text":{"vi":"Tiếp thị"},"options":[
                      {"code":"a","text":{"vi":"Chưa có"},"points":0},{"code":"b","text":{"vi":"Có"},"points":25}]}]},
                  {"code":"C","title":{"vi":"Chất lượng sản phẩm"},"maxPoints":35,"criteria":[
                    {"code":"C1","text":{"vi":"Chất lượng"},"options":[
                      {"code":"a","text":{"vi":"Thấp"},"points":0},{"code":"b","text":{"vi":"Cao"},"points":35}]}]}]}
                """.formatted(id, group, partAMax);
    }
}
