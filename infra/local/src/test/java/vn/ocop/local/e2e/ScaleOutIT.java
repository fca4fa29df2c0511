package vn.ocop.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.ocop.client.Reply;
import vn.ocop.local.EmbeddedPlatform;
import vn.ocop.local.OcopService;
import vn.ocop.local.PortPlan;
import vn.ocop.local.demo.DemoDirectory;

/**
 * Scale-out on the embedded broker: two instances of each consuming service in one consumer group share
 * the partitions; twelve dossiers go through submit and accept while one evaluation instance is killed;
 * every effect happens exactly once (evaluations, funnel counts, e-mails), and the scheduled jobs of two
 * reporting instances announce each overdue directive task once.
 */
class ScaleOutIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(90);
    private static final int PER_DISTRICT = 6;
    private static EmbeddedPlatform platform;
    private static PlatformClient api;
    private static String evaluationB;

    @BeforeAll
    static void start() throws Exception {
        Path dataDir = Files.createTempDirectory("ocop-scale");
        platform = EmbeddedPlatform.builder()
                .dataDir(dataDir)
                .ports(PortPlan.ephemeral())
                // both reporting instances run their overdue check every few seconds, racing each other
                .serviceEnvironment(OcopService.REPORTING, "OCOP_REPORTING_OVERDUE_INTERVAL", "PT3S")
                .build();
        platform.start();
        evaluationB = platform.startAdditionalInstance("evaluation-service", "b");
        platform.startAdditionalInstance("reporting-service", "b");
        platform.startAdditionalInstance("notification-service", "b");
        api = new PlatformClient(platform);
        // the district officers' contacts the submitted-dossier mails go to (the services seed none)
        DemoDirectory.create(platform);
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.stop();
        }
    }

    @Test
    void twoInstancesShareThePartitionsAndEveryEffectHappensOnce() throws Exception {
        // each group has two live consumers of the dossier topic, each owning some of its six partitions
        for (String group : List.of("evaluation-service", "reporting-service", "notification-service")) {
            await().atMost(EVENTUALLY)
                    .until(() -> ownersOfDossierPartitions(group).size() == 2);
            assertThat(ownersOfDossierPartitions(group).values().stream()
                            .mapToInt(Set::size)
                            .sum())
                    .as(group + " owns all six partitions")
                    .isEqualTo(6);
        }

        Reply round = api.post(
                "dossier-service",
                "/api/v1/rounds",
                "province.officer",
                "{\"year\":2020,\"number\":1,\"districtDeadline\":\"2020-04-10\",\"provinceDeadline\":\"2020-05-31\"}");
        assertThat(round.status()).as(round.body()).isEqualTo(201);
        List<String> dossiers = new ArrayList<>();
        dossiers.addAll(submitDossiers("district.mo-duc", "producer.mo-duc", "PR-4300100001", "533", "21403"));
        dossiers.addAll(submitDossiers("district.ba-to", "producer.ba-to", "PR-4300100002", "535", "21487"));

        // one evaluation instance dies mid-stream; the other takes over its partitions
        platform.killService("evaluation-service");
        for (String id : dossiers) {
            String district = dossiers.indexOf(id) < PER_DISTRICT ? "district.mo-duc" : "district.ba-to";
            Reply accepted = api.post("dossier-service", "/api/v1/dossiers/" + id + "/accept", district, null);
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        }

        // every accepted dossier has its district evaluation: nothing lost
        await().atMost(EVENTUALLY)
                .until(() -> dossiers.stream()
                        .allMatch(id ->
                                api.getAt(evaluationB, "/api/v1/evaluations/" + id + ":DISTRICT", "province.officer")
                                                .status()
                                        == 200));
        // the views count each dossier once, with two reporting instances applying the events
        await().atMost(EVENTUALLY).until(() -> {
            JsonNode funnel = api.get("reporting-service", "/api/v1/funnel", "province.officer")
                    .json();
            return funnel.get("total").asInt() == dossiers.size()
                    && funnel.get("byStatus").get("ACCEPTED").asInt() == dossiers.size();
        });
        JsonNode funnel = api.get("reporting-service", "/api/v1/funnel", "province.officer")
                .json();
        assertThat(funnel.get("byStatus").get("SUBMITTED").asInt()).isEqualTo(dossiers.size());

        // one delivery per (event, contact, channel) and exactly one e-mail per e-mail delivery
        await().atMost(EVENTUALLY)
                .until(() -> submittedEmailDeliveries().size() >= dossiers.size()
                        && submittedEmailDeliveries().stream()
                                .allMatch(d -> "SENT".equals(d.path("status").asString())));
        List<JsonNode> deliveries = submittedEmailDeliveries();
        Set<String> keys = deliveries.stream()
                .map(d -> d.path("sourceEventId").asString() + "|"
                        + d.path("contactId").asString())
                .collect(Collectors.toSet());
        assertThat(keys).hasSize(deliveries.size());
        long mails = platform.receivedMail().stream()
                .filter(m -> subject(m).startsWith("[OCOP] Hồ sơ mới: Sản phẩm thử"))
                .count();
        assertThat(mails).isEqualTo(deliveries.size());

        // two reporting instances ran the overdue check many times: each overdue task announced once
        await().atMost(EVENTUALLY)
                .until(() -> !taskEvents("vn.ocop.reporting.task-overdue.v1").isEmpty());
        Map<String, Set<String>> overdueIdsByTask = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : taskEvents("vn.ocop.reporting.task-overdue.v1")) {
            overdueIdsByTask
                    .computeIfAbsent(r.key(), k -> new HashSet<>())
                    .add(TopicReader.headers(r).get("ce_id"));
        }
        assertThat(overdueIdsByTask.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        Map<String, Set<String>> assignedIdsByTask = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : taskEvents("vn.ocop.reporting.task-assigned.v1")) {
            assignedIdsByTask
                    .computeIfAbsent(r.key(), k -> new HashSet<>())
                    .add(TopicReader.headers(r).get("ce_id"));
        }
        assertThat(assignedIdsByTask.values())
                .isNotEmpty()
                .allSatisfy(ids -> assertThat(ids).hasSize(1));
    }

    private static List<String> submitDossiers(
            String district, String producer, String producerId, String districtCode, String communeCode) {
        Reply registered = api.post(
                "dossier-service",
                "/api/v1/producers",
                district,
                "{\"kind\":\"COOPERATIVE\",\"name\":\"HTX thử nghiệm " + districtCode + "\",\"registrationNumber\":\""
                        + producerId.substring(3) + "\",\"districtCode\":\"" + districtCode + "\",\"communeCode\":\""
                        + communeCode + "\",\"contact\":{\"name\":\"Người liên hệ\",\"phone\":\"0912000" + districtCode
                        + "\",\"email\":\"htx" + districtCode + "@example.vn\"}}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= PER_DISTRICT; i++) {
            Reply created = api.post(
                    "dossier-service",
                    "/api/v1/dossiers",
                    producer,
                    "{\"roundId\":\"2020-1\",\"producerId\":\"" + producerId + "\",\"productName\":\"Sản phẩm thử "
                            + districtCode + "-" + i
                            + "\",\"productGroup\":\"FOOD_PROCESSED\",\"description\":\"mẫu\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String id = created.json().get("id").asString();
            for (JsonNode missing : created.json().get("checklist").get("missing")) {
                assertThat(api.client()
                                .uploadPdf(producer, id, missing.asString())
                                .status())
                        .isEqualTo(201);
            }
            Reply submitted = api.post("dossier-service", "/api/v1/dossiers/" + id + "/submit", producer, null);
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
            ids.add(id);
        }
        return ids;
    }

    private static List<JsonNode> submittedEmailDeliveries() {
        JsonNode all = api.get(
                        "notification-service",
                        "/api/v1/deliveries?eventType=vn.ocop.dossier.submitted.v1&channel=EMAIL",
                        "operator")
                .json();
        List<JsonNode> out = new ArrayList<>();
        all.forEach(out::add);
        return out;
    }

    private static String subject(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getSubject() == null ? "" : m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static List<ConsumerRecord<String, byte[]>> taskEvents(String type) {
        return TopicReader.readAll(platform.kafkaAdminProperties(), "ocop.reporting.events").stream()
                .filter(r -> type.equals(TopicReader.headers(r).get("ce_type")))
                .toList();
    }

    /** Consumer member → the partitions of ocop.dossier.events it owns, for members that own any. */
    private static Map<String, Set<Integer>> ownersOfDossierPartitions(String group) throws Exception {
        try (Admin admin = Admin.create(platform.kafkaAdminProperties())) {
            ConsumerGroupDescription description =
                    admin.describeConsumerGroups(List.of(group)).all().get().get(group);
            Map<String, Set<Integer>> owners = new HashMap<>();
            for (MemberDescription member : description.members()) {
                Set<Integer> partitions = member.assignment().topicPartitions().stream()
                        .filter(tp -> tp.topic().equals("ocop.dossier.events"))
                        .map(TopicPartition::partition)
                        .collect(Collectors.toSet());
                if (!partitions.isEmpty()) {
                    owners.put(member.consumerId(), partitions);
                }
            }
            return owners;
        }
    }
}
