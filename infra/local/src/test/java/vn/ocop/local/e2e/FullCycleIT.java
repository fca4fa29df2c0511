package vn.ocop.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import vn.ocop.client.Forms;
import vn.ocop.client.OcopClient;
import vn.ocop.client.Reply;
import vn.ocop.contracts.ContractValidator;
import vn.ocop.local.EmbeddedPlatform;
import vn.ocop.local.NetworkExposure;
import vn.ocop.local.OcopService;
import vn.ocop.local.PortPlan;
import vn.ocop.local.demo.DemoDirectory;

/**
 * One dossier through all four services, as real processes on the real broker and Mongo-wire store,
 * driven only through the public APIs with signed tokens: submitted (reporting counts it, the
 * district is mailed, evaluation waits for acceptance), accepted, graded by a three-member district
 * council, forwarded under a province deadline exception, graded by the provincial council and
 * recognised. Then the whole platform is stopped and started again on the same data.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FullCycleIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String PRODUCER_CONTACT = "ct-producer-4300100001";
    private static Path dataDir;
    private static PortPlan ports;
    private static EmbeddedPlatform platform;
    private static PlatformClient api;
    private static String dossierId;

    @BeforeAll
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("ocop-e2e");
        ports = PortPlan.ephemeral();
        platform = EmbeddedPlatform.builder().dataDir(dataDir).ports(ports).build();
        platform.start();
        api = new PlatformClient(platform);
        // the services seed no contacts: the directory the alerts go to is the demo's, made through the API
        DemoDirectory.create(platform);
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.stop();
        }
    }

    private static void expect(Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    }

    @Test
    @Order(0)
    void servicesListenOnLoopbackOnly() {
        int[] servicePorts = Arrays.stream(OcopService.values())
                .flatMapToInt(s -> IntStream.of(ports.servicePort(s), ports.managementPort(s)))
                .toArray();
        assertThat(NetworkExposure.notListeningOnLoopback(servicePorts)).isEmpty();
        assertThat(NetworkExposure.reachableFromTheNetwork(servicePorts))
                .as("APIs and management ports (metrics, health details) are not offered to the network")
                .isEmpty();
    }

    @Test
    @Order(1)
    void producerSubmitsADossierAndEveryServiceLearnsOfIt() {
        Reply round = steps().openRound(
                        "province.officer",
                        new Forms.Round(2020, 1, null, LocalDate.of(2020, 4, 10), LocalDate.of(2020, 5, 31)),
                        "e2e-round-2020-1");
        expect(round, 201);
        String roundId = round.json().get("id").asString();
        expect(
                steps().registerProducer(
                                "district.mo-duc",
                                new Forms.Producer(
                                        "COOPERATIVE",
                                        "HTX Nông nghiệp Đức Lợi",
                                        "4300100001",
                                        "533",
                                        "21403",
                                        null,
                                        new Forms.Contact("Nguyễn Văn A", "0912345678", "htx@example.vn")),
                                "e2e-producer-4300100001"),
                201);
        // accepted once notification-service has heard of the producer from dossier-service's event
        DemoDirectory.addProducerContact(
                platform,
                "district.mo-duc",
                Map.of(
                        "id",
                        PRODUCER_CONTACT,
                        "name",
                        "HTX Nông nghiệp Đức Lợi",
                        "role",
                        "PRODUCER",
                        "producerId",
                        "PR-4300100001",
                        "districtCode",
                        "533",
                        "communeCode",
                        "21403",
                        "email",
                        "htx@example.vn",
                        "channels",
                        List.of("EMAIL")));
        Reply dossier = steps().openDossier(
                        "producer.mo-duc",
                        new Forms.Dossier(
                                roundId, "PR-4300100001", "Mạch nha Mộ Đức", "FOOD_PROCESSED", "Mạch nha truyền thống"),
                        "e2e-dossier-mach-nha");
        expect(dossier, 201);
        dossierId = dossier.json().get("id").asString();
        assertThat(steps().uploadMissing("producer.mo-duc", dossier.json())).isPositive();
        Reply submitted = steps().submit("producer.mo-duc", dossierId);
        expect(submitted, 200);
        assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");

        // a plain consumer sees the event: key = dossier id, CloudEvents headers, body valid against the contract
        await().atMost(EVENTUALLY)
                .until(() -> !records("ocop.dossier.events", "vn.ocop.dossier.submitted.v1")
                        .isEmpty());
        ConsumerRecord<String, byte[]> record =
                records("ocop.dossier.events", "vn.ocop.dossier.submitted.v1").get(0);
        assertThat(record.key()).isEqualTo(dossierId);
        Map<String, String> headers = TopicReader.headers(record);
        assertThat(headers)
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_subject", dossierId)
                .containsEntry("ce_source", "/ocop/dossier-service")
                .containsEntry("content-type", "application/json")
                .containsKeys("ce_id", "ce_time");
        assertThat(ContractValidator.load().validateEvent(headers, TopicReader.body(record)))
                .isEmpty();

        // reporting-service counts it in the funnel
        await().atMost(EVENTUALLY).until(() -> {
            Reply funnel = steps().funnel("province.officer", null);
            return funnel.status() == 200
                    && funnel.json().get("byStatus").path("SUBMITTED").asInt() == 1;
        });
        // notification-service records a delivery to the Mộ Đức district contact, and the mail reaches SMTP
        await().atMost(EVENTUALLY).until(() -> {
            Reply d = api.get(
                    "notification-service", "/api/v1/deliveries?eventType=vn.ocop.dossier.submitted.v1", "operator");
            return d.status() == 200
                    && stream(d.json())
                            .anyMatch(x -> "533".equals(x.path("districtCode").asString())
                                    && "SENT".equals(x.path("status").asString())
                                    && "EMAIL".equals(x.path("channel").asString()));
        });
        await().atMost(EVENTUALLY)
                .until(() -> platform.receivedMail().stream().anyMatch(m -> {
                    try {
                        return m.getSubject().contains("Mạch nha Mộ Đức");
                    } catch (Exception e) {
                        return false;
                    }
                }));
    }

    @Test
    @Order(2)
    void districtAcceptsAndItsCouncilGrades() {
        expect(steps().accept("district.mo-duc", dossierId), 200);
        String evaluationId = OcopClient.evaluationId(dossierId, "DISTRICT");
        await().atMost(EVENTUALLY)
                .until(() -> steps().evaluation("district.mo-duc", evaluationId).status() == 200);
        expect(
                steps().ensureCouncil(
                                "district.mo-duc",
                                council("HD-533", "Hội đồng huyện Mộ Đức", "DISTRICT", "533", "council.mo-duc")),
                201);
        grade(
                evaluationId,
                "district.mo-duc",
                "HD-533",
                LocalDate.of(2020, 3, 30),
                List.of("council.mo-duc.chair", "council.mo-duc.member1", "council.mo-duc.member2"),
                "council.mo-duc.chair");
        await().atMost(EVENTUALLY)
                .until(() -> "DISTRICT_GRADED"
                        .equals(dossier("district.mo-duc").get("status").asString()));
        JsonNode result = dossier("district.mo-duc").get("districtResult");
        assertThat(result.get("stars").asInt()).isEqualTo(4);
        assertThat(result.get("qualifiesForProvince").asBoolean()).isTrue();
    }

    @Test
    @Order(3)
    void forwardingAfterTheDeadlineNeedsTheProvincesException() {
        Reply late = steps().forward("district.mo-duc", dossierId);
        expect(late, 409);
        assertThat(late.body()).contains("2020-04-10");
        expect(
                steps().deadlineException("province.officer", dossierId, "Hội đồng huyện họp muộn do dịch COVID-19"),
                200);
        Reply forwarded = steps().forward("district.mo-duc", dossierId);
        expect(forwarded, 200);
        assertThat(forwarded.json().get("status").asString()).isEqualTo("FORWARDED");
    }

    @Test
    @Order(4)
    void provinceGradesAndThePeoplesCommitteeRecognises() {
        String evaluationId = OcopClient.evaluationId(dossierId, "PROVINCE");
        await().atMost(EVENTUALLY)
                .until(() ->
                        steps().evaluation("province.officer", evaluationId).status() == 200);
        expect(
                steps().ensureCouncil(
                                "province.officer",
                                council("HD-51", "Hội đồng tỉnh Quảng Ngãi", "PROVINCE", "51", "council.province")),
                201);
        grade(
                evaluationId,
                "province.officer",
                "HD-51",
                LocalDate.of(2020, 5, 15),
                List.of("council.province.chair", "council.province.member1", "council.province.member2"),
                "council.province.chair");
        await().atMost(EVENTUALLY)
                .until(() -> "PROVINCE_GRADED"
                        .equals(dossier("province.officer").get("status").asString()));

        Reply decision = steps().recognise(
                        "province.officer",
                        new Forms.Decision(
                                "412/QĐ-UBND", LocalDate.of(2020, 5, 29), "Phó Chủ tịch UBND tỉnh", List.of(dossierId)),
                        "e2e-decision-412");
        assertThat(decision.status()).as(decision.body()).isBetween(200, 201);
        await().atMost(EVENTUALLY)
                .until(() -> "RECOGNIZED"
                        .equals(dossier("producer.mo-duc").get("status").asString()));
        JsonNode recognition = dossier("producer.mo-duc").get("recognition");
        assertThat(recognition.toString()).contains("OCOP-QNg-2020-").contains("2023-05-28");

        // the public catalogue shows the product without personal data
        await().atMost(EVENTUALLY).until(() -> {
            Reply c = steps().catalogue("mach nha");
            return c.status() == 200 && c.body().contains("Mạch nha Mộ Đức");
        });
        String publicCatalogue = steps().catalogue("mach nha").body();
        assertThat(publicCatalogue)
                .doesNotContain("0912345678")
                .doesNotContain("htx@example.vn")
                .doesNotContain("producer.mo-duc");
        // the producer hears of the recognition
        await().atMost(EVENTUALLY)
                .until(() -> stream(api.get(
                                        "notification-service",
                                        "/api/v1/deliveries?eventType=vn.ocop.evaluation.product-recognized.v1",
                                        "operator")
                                .json())
                        .anyMatch(d -> "SENT".equals(d.path("status").asString())
                                && PRODUCER_CONTACT.equals(d.path("contactId").asString())));
    }

    @Test
    @Order(5)
    void everyRecordOnEveryTopicHonoursItsContract() {
        ContractValidator contracts = ContractValidator.load();
        List<String> problems = new ArrayList<>();
        for (String topic : List.of(
                "ocop.dossier.events", "ocop.evaluation.events", "ocop.reporting.events", "ocop.notification.events")) {
            for (ConsumerRecord<String, byte[]> r : TopicReader.readAll(platform.kafkaAdminProperties(), topic)) {
                contracts
                        .validateEvent(TopicReader.headers(r), TopicReader.body(r))
                        .forEach(p -> problems.add(
                                topic + " " + TopicReader.headers(r).get("ce_type") + ": " + p));
            }
        }
        assertThat(problems).isEmpty();
        assertThat(TopicReader.readAll(platform.kafkaAdminProperties(), "ocop.evaluation.events"))
                .isNotEmpty();
    }

    @Test
    @Order(5)
    void theHealthPanelReadsLagAndDeadLettersAsReportingServiceOnTheSecuredBroker() {
        // null = unreadable: reporting-service's own Kafka user must be allowed to describe offsets and groups
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode health = api.get("reporting-service", "/api/v1/dashboard", "operator")
                    .json()
                    .path("health");
            assertThat(health.path("consumerLag").isNumber())
                    .as(health.toString())
                    .isTrue();
            assertThat(health.path("dlqCount").isNumber()).as(health.toString()).isTrue();
        });
    }

    @Test
    @Order(6)
    void dataSurvivesAFullStopAndStart() {
        platform.stop();
        platform = EmbeddedPlatform.builder().dataDir(dataDir).ports(ports).build();
        platform.start();
        api = new PlatformClient(platform);
        assertThat(dossier("producer.mo-duc").get("status").asString()).isEqualTo("RECOGNIZED");
        assertThat(steps().catalogue("mach nha").body()).contains("Mạch nha Mộ Đức");
    }

    private static OcopClient steps() {
        return api.client();
    }

    /** A council of a chair, a member and a secretary: {@code <prefix>.chair}, {@code .member1}, {@code .member2}. */
    private static Forms.Council council(String id, String name, String level, String unit, String prefix) {
        return new Forms.Council(
                id,
                name,
                level,
                unit,
                List.of(
                        new Forms.Seat(prefix + ".chair", "Chủ tịch", "CHAIR"),
                        new Forms.Seat(prefix + ".member1", "Thành viên", "MEMBER"),
                        new Forms.Seat(prefix + ".member2", "Thư ký", "SECRETARY")));
    }

    private static JsonNode dossier(String user) {
        Reply r = steps().dossier(user, dossierId);
        expect(r, 200);
        return r.json();
    }

    private static List<ConsumerRecord<String, byte[]>> records(String topic, String type) {
        return TopicReader.readAll(platform.kafkaAdminProperties(), topic).stream()
                .filter(r -> dossierId.equals(r.key())
                        && type.equals(TopicReader.headers(r).get("ce_type")))
                .toList();
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode items = array.has("items") ? array.get("items") : array;
        items.forEach(out::add);
        return out.stream();
    }

    /** Assigns the evaluation, has every member score about 80 points, and lets the chair finalise. */
    private static void grade(
            String evaluationId,
            String assigner,
            String councilId,
            LocalDate sessionDate,
            List<String> members,
            String chair) {
        Reply assigned = steps().assign(assigner, evaluationId, councilId, sessionDate);
        expect(assigned, 200);
        String sheetId = assigned.json().get("assignment").get("sheetId").asString();
        Reply sheet = steps().criteriaSheet(chair, sheetId);
        expect(sheet, 200);
        Map<String, String> answers = answersTotalling(sheet.json(), 80);
        for (String member : members) {
            expect(steps().score(member, evaluationId, answers), 200);
        }
        Reply finalised = steps().finalise(chair, evaluationId);
        expect(finalised, 200);
    }

    /** Best answer everywhere, then lower answers (never a failing one) until the total is near the target. */
    static Map<String, String> answersTotalling(JsonNode sheet, int target) {
        Map<String, List<JsonNode>> options = new LinkedHashMap<>();
        Map<String, JsonNode> chosen = new LinkedHashMap<>();
        int total = 0;
        for (JsonNode part : sheet.get("parts")) {
            for (JsonNode criterion : part.get("criteria")) {
                List<JsonNode> usable = new ArrayList<>();
                criterion.get("options").forEach(o -> {
                    if (!o.path("failsMandatory").asBoolean(false)) {
                        usable.add(o);
                    }
                });
                usable.sort(
                        Comparator.comparingInt((JsonNode o) -> o.get("points").asInt())
                                .reversed());
                options.put(criterion.get("code").asString(), usable);
                chosen.put(criterion.get("code").asString(), usable.get(0));
                total += usable.get(0).get("points").asInt();
            }
        }
        for (var e : options.entrySet()) {
            List<JsonNode> usable = e.getValue();
            for (JsonNode lower : usable) {
                int drop = chosen.get(e.getKey()).get("points").asInt()
                        - lower.get("points").asInt();
                if (drop > 0 && total - drop >= target) {
                    total -= drop;
                    chosen.put(e.getKey(), lower);
                }
            }
        }
        Map<String, String> answers = new LinkedHashMap<>();
        chosen.forEach((code, option) -> answers.put(code, option.get("code").asString()));
        return answers;
    }
}
