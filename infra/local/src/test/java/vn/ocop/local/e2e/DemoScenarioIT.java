package vn.ocop.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import vn.ocop.local.EmbeddedPlatform;
import vn.ocop.local.PortPlan;
import vn.ocop.local.demo.DemoReport;
import vn.ocop.local.demo.DemoScenario;

/**
 * The demo of {@code --demo} on the embedded stack: the figures it accounts for as it acts must be what the
 * views show when asked independently (reporting's funnel, stars, targets, the period and the tasks;
 * notification's delivery log); a second run must find the demo data and write nothing at all.
 *
 * <p>The time-driven jobs that announce 2020's overdue reports and tasks and expired certificates are moved an
 * hour out and SMS quiet hours are switched off: they would otherwise publish at a moment of their choosing and
 * blur the "nothing changed" check, and the demo does not count their alerts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoScenarioIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static EmbeddedPlatform platform;
    private static PlatformClient api;
    private static DemoReport first;

    @BeforeAll
    static void start() throws Exception {
        Path dataDir = Files.createTempDirectory("ocop-demo");
        platform = EmbeddedPlatform.builder()
                .dataDir(dataDir)
                .ports(PortPlan.ephemeral())
                .serviceEnvironment("OCOP_REPORTING_OVERDUE_INTERVAL", "PT1H")
                .serviceEnvironment("OCOP_EXPIRY_CHECK_INITIAL_DELAY", "PT1H")
                .serviceEnvironment("OCOP_SMS_QUIET_START", "00:00")
                .serviceEnvironment("OCOP_SMS_QUIET_END", "00:00")
                .build();
        platform.start();
        api = new PlatformClient(platform);
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.stop();
        }
    }

    @Test
    @Order(1)
    void figuresTheDemoPrintsAreWhatTheViewsShow() {
        String printed = play();
        first = lastReport;
        assertThat(first.skipped()).isFalse();
        assertThat(printed)
                .contains(
                        "[1/9]",
                        "[9/9]",
                        "Summary",
                        "/dashboard/#token=",
                        "/token",
                        first.recognised() + " products certified",
                        "consolidated.xlsx",
                        "catalogue.xlsx");

        JsonNode funnel = api.get("reporting-service", "/api/v1/funnel", "province.officer")
                .json();
        JsonNode reached = funnel.get("byStatus");
        assertThat(funnel.get("total").asInt()).isEqualTo(first.dossiers());
        assertThat(reached.path("SUBMITTED").asInt()).isEqualTo(first.dossiers());
        assertThat(reached.path("RETURNED").asInt()).isEqualTo(first.returned());
        assertThat(reached.path("ACCEPTED").asInt()).isEqualTo(first.accepted());
        assertThat(reached.path("DISTRICT_GRADED").asInt()).isEqualTo(first.districtGraded());
        assertThat(reached.path("FORWARDED").asInt()).isEqualTo(first.forwarded());
        assertThat(reached.path("PROVINCE_GRADED").asInt()).isEqualTo(first.provinceGraded());
        assertThat(reached.path("RECOGNIZED").asInt()).isEqualTo(first.recognised());
        assertThat(funnel.get("currentStatus").path("RETURNED").asInt()).isEqualTo(first.awaitingCompletion());

        JsonNode stars = api.get("reporting-service", "/api/v1/stars?year=2020", "province.officer")
                .json();
        int three = 0;
        int four = 0;
        int five = 0;
        Map<String, Integer> byDistrict = new HashMap<>();
        for (JsonNode row : stars.get("byDistrict")) {
            three += row.get("stars3").asInt();
            four += row.get("stars4").asInt();
            five += row.get("stars5").asInt();
            int total = row.get("stars3").asInt()
                    + row.get("stars4").asInt()
                    + row.get("stars5").asInt();
            if (total > 0) {
                byDistrict.put(row.get("key").asString(), total);
            }
        }
        assertThat(three).isEqualTo(first.threeStars());
        assertThat(four).isEqualTo(first.fourStars());
        assertThat(five).isEqualTo(first.fiveStars());
        assertThat(byDistrict).isEqualTo(first.recognisedByDistrict());
        // the shape of Quảng Ngãi's 2020: 31 certified, 29×3★ and 2×4★, no 5★
        assertThat(List.of(three, four, five)).containsExactly(29, 2, 0);

        JsonNode target = api.get("reporting-service", "/api/v1/targets/2020", "province.officer")
                .json();
        assertThat(target.get("actual").asInt()).isEqualTo(first.recognised());
        assertThat(target.get("actualFiveStar").asInt()).isEqualTo(first.fiveStars());

        JsonNode period = api.get("reporting-service", "/api/v1/periods/2020-H1", "province.officer")
                .json();
        Map<String, Integer> unitStatus = new HashMap<>();
        period.get("units").forEach(u -> unitStatus.merge(u.get("status").asString(), 1, Integer::sum));
        assertThat(unitStatus.getOrDefault("LATE", 0)).isEqualTo(first.reportsLate());
        assertThat(unitStatus.getOrDefault("SUBMITTED", 0)).isEqualTo(first.reportsFiled() - first.reportsLate());
        assertThat(unitStatus.getOrDefault("MISSING", 0)).isEqualTo(first.reportsMissing());

        JsonNode tasks = api.get("reporting-service", "/api/v1/tasks", "province.officer")
                .json();
        Map<String, Integer> taskStatus = new HashMap<>();
        tasks.forEach(t -> taskStatus.merge(t.get("status").asString(), 1, Integer::sum));
        assertThat(tasks.size()).isEqualTo(first.tasks());
        assertThat(taskStatus.getOrDefault("DONE", 0)).isEqualTo(first.tasksDone());
        assertThat(taskStatus.getOrDefault("OVERDUE", 0)).isEqualTo(first.tasksOverdue());

        Map<String, Integer> logged = new HashMap<>();
        first.expectedDeliveries()
                .keySet()
                .forEach(type -> logged.put(
                        type,
                        api.get("notification-service", "/api/v1/deliveries?limit=1000&eventType=" + type, "operator")
                                .json()
                                .size()));
        assertThat(logged).isEqualTo(first.expectedDeliveries());
        assertThat(first.expectedDeliveryTotal()).isPositive();
    }

    @Test
    @Order(2)
    void secondRunFindsTheDemoDataAndWritesNothing() {
        assertThat(first).as("the first run").isNotNull();
        // let the first run's mail and SMS go out and their delivered events land, then take the topics' ends
        await().atMost(EVENTUALLY)
                .until(() -> api.get("notification-service", "/api/v1/deliveries?limit=1000&status=PENDING", "operator")
                        .json()
                        .isEmpty());
        AtomicReference<Map<TopicPartition, Long>> last = new AtomicReference<>(Map.of());
        await().during(Duration.ofSeconds(3)).atMost(EVENTUALLY).until(() -> {
            Map<TopicPartition, Long> now = endOffsets();
            return now.equals(last.getAndSet(now));
        });
        Map<TopicPartition, Long> before = endOffsets();
        int dossiersBefore = api.get("dossier-service", "/api/v1/dossiers?size=1", "province.officer")
                .json()
                .get("total")
                .asInt();

        String printed = play();

        assertThat(lastReport.skipped()).isTrue();
        assertThat(printed)
                .contains("demo data already present — skipping; use a fresh --data-dir to replay")
                .contains("/dashboard/#token=")
                .doesNotContain("[1/9]");
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .until(() -> endOffsets().equals(before));
        assertThat(api.get("dossier-service", "/api/v1/dossiers?size=1", "province.officer")
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(dossiersBefore);
    }

    private static DemoReport lastReport;

    private static String play() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // kept and shown as it comes, so that a failing run still leaves its progress lines in the report
        OutputStream tee = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
                System.out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
                System.out.write(b, off, len);
            }
        };
        try (PrintStream out = new PrintStream(tee, true, StandardCharsets.UTF_8)) {
            lastReport = DemoScenario.run(platform, DemoScenario.DEFAULT_SEED, out);
        }
        System.out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Map<TopicPartition, Long> endOffsets() {
        Properties p = new Properties();
        p.putAll(platform.kafkaAdminProperties());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "demo-it-" + UUID.randomUUID());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.listTopics(Duration.ofSeconds(30)).forEach((topic, infos) -> {
                if (!topic.startsWith("__")) {
                    infos.forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
                }
            });
            return new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(30)));
        }
    }
}
