package vn.ocop.reliability.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import vn.ocop.local.OcopService;
import vn.ocop.reliability.Convergence;
import vn.ocop.reliability.DossierFlow;
import vn.ocop.reliability.FaultHarness;
import vn.ocop.reliability.Load;
import vn.ocop.reliability.OcopApi;
import vn.ocop.reliability.Report;
import vn.ocop.reliability.ServiceInstance;
import vn.ocop.reliability.TcpProxy;
import vn.ocop.reliability.TopicLog;

/**
 * The fault scenarios of docs/reliability.md, on one platform: the launcher runs the broker, MongoDB and
 * dossier-service (plus reporting-service when built); evaluation-service runs as instances the harness starts
 * itself, MongoDB reached through a {@link TcpProxy}, so that it can be killed, stopped, doubled and cut off.
 * Only in the {@code reliability} Maven profile. Scale with {@code -Docop.reliability.dossiers=N} (default 1000).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultScenariosIT {

    static final String DOSSIER_TOPIC = "ocop.dossier.events";
    static final String SUBMITTED = "vn.ocop.dossier.submitted.v1";
    static final String EVALUATION_DLQ = "ocop.dossier.events.evaluation-service.dlq";
    static final Duration CONVERGE = Duration.ofMinutes(5);
    static final int DOSSIERS = Integer.getInteger("ocop.reliability.dossiers", 1000);

    @TempDir
    static Path dataDir;

    private FaultHarness harness;
    private DossierFlow flow;
    private TcpProxy evaluationMongo;
    private ServiceInstance evaluation;
    private final List<String> acceptedSoFar = new ArrayList<>();

    @BeforeAll
    void start() {
        Set<OcopService> available = FaultHarness.availableServices();
        assumeTrue(available.contains(OcopService.DOSSIER), "dossier-service is not built: no fault scenario runs");
        Set<OcopService> platformServices = EnumSet.of(OcopService.DOSSIER);
        if (available.contains(OcopService.REPORTING)) {
            platformServices.add(OcopService.REPORTING);
        } else {
            System.out.println("[reliability] reporting-service is not built: the rebuild scenario is skipped");
        }
        harness = FaultHarness.startWhatStarts(dataDir, platformServices);
        assumeTrue(harness.runs(OcopService.DOSSIER), "dossier-service did not start: no fault scenario runs");
        flow = new DossierFlow(harness.api(), harness.url(OcopService.DOSSIER)).prepare();
        if (available.contains(OcopService.EVALUATION)) {
            evaluationMongo = harness.mongoProxy();
            evaluation = harness.instance(OcopService.EVALUATION, "1", evaluationMongo.port());
            try {
                evaluation.startAndAwaitReady(Duration.ofMinutes(4));
            } catch (RuntimeException e) {
                System.out.println("[reliability] evaluation-service did not become ready (" + e.getMessage()
                        + "): its scenarios are skipped");
                evaluation.kill();
                evaluation = null;
            }
        } else {
            System.out.println("[reliability] evaluation-service is not built: its scenarios are skipped");
        }
    }

    @AfterAll
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    // ---- 1. kill -9 evaluation-service after ~30 % of the dossiers --------------------------------------------

    @Test
    @Order(1)
    void everyAcceptedDossierIsGradedExactlyOnceAcrossAKillOfEvaluationService() {
        requireEvaluation();
        int count = DOSSIERS;
        try (Load load = acceptedDossiers(count, "kill")) {
            Awaitility.await("30 % accepted").atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> load.acknowledgedCount() >= count * 3 / 10 || load.done());
            evaluation.kill();
            evaluation.startAndAwaitReady(Duration.ofMinutes(4));
            long restarted = System.nanoTime();
            Awaitility.await("load finished").atMost(Duration.ofMinutes(60)).until(load::done);
            report("kill -9 evaluation-service at 30 %", load, restarted).print();
        }
    }

    // ---- 2. kill between state write and publish ----------------------------------------------------------------

    @Test
    @Order(2)
    void anEventWrittenBeforeACrashIsPublishedExactlyOnceAfterRestart() {
        // the round-scheduled event of prepare() must be out before a crashing relay starts
        Awaitility.await("outbox drained").atMost(CONVERGE).until(() -> !harness.topics()
                .read(DOSSIER_TOPIC, e -> flow.roundId().equals(e.key())).isEmpty());
        String id = flow.completeDraft("Crash trước khi phát");
        harness.platform().killService("dossier-service");
        ServiceInstance crashing = harness.instance(OcopService.DOSSIER, "crash", null)
                .environment("OCOP_OUTBOX_CRASH_BEFORE_PUBLISH", "true");
        Duration converged;
        try {
            crashing.startAndAwaitReady(Duration.ofMinutes(4));
            OcopApi.Reply submit = harness.api().post(crashing.url() + "/api/v1/dossiers/" + id + "/submit",
                    DossierFlow.PRODUCER, "{}");
            // the sweep may halt the JVM before the response is written: 200 or a dropped connection (0)
            assertThat(submit.status()).as(submit.body()).isIn(200, 0);
            Awaitility.await("the relay halts the JVM").atMost(Duration.ofMinutes(2)).until(() -> !crashing.isAlive());
            assertThat(crashing.exitCode()).as("exit code of the crash hook").isEqualTo(137);
            assertThat(submittedEvents(Set.of(id))).as("nothing published before the crash").isEmpty();
        } finally {
            crashing.kill();
            long restart = System.nanoTime();
            harness.platform().restartService("dossier-service");
            converged = Convergence.await("published after restart", restart, CONVERGE,
                    () -> submittedEvents(Set.of(id)).size() == 1);
        }
        assertThat(flow.dossier(id).json().path("status").asString()).as("state written before the crash")
                .isEqualTo("SUBMITTED");
        List<TopicLog.Event> events = submittedEvents(Set.of(id));
        long distinct = TopicLog.countByCeId(events).size();
        Report report = new Report("kill between state write and publish", 1, distinct, distinct == 0 ? 1 : 0,
                Math.max(0, distinct - 1), events.size() - distinct, 0, converged, "exit " + crashing.exitCode())
                .print();
        assertThat(report.clean()).as(report.row()).isTrue();
    }

    // ---- 3. kill -9 the broker under load, restart after 10 s ---------------------------------------------------

    @Test
    @Order(3)
    void noAcknowledgedSubmissionIsLostWhenTheBrokerDiesUnderLoad() {
        int count = Math.max(30, DOSSIERS / 5);
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drafts.add(flow.completeDraft("Broker " + i));
        }
        try (Load load = new Load(3)) {
            load.run(count, i -> {
                OcopApi.Reply r = flow.submit(drafts.get(i));
                if (!r.ok()) {
                    throw new Load.Refused(r.status(), r.body());
                }
                return drafts.get(i);
            });
            Awaitility.await("some submissions in").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50))
                    .until(() -> load.acknowledgedCount() >= count / 4 || load.done());
            harness.platform().killBroker();
            // deliberate outage length: a clock-based wait while the load keeps running against the services
            Convergence.hold(Duration.ofSeconds(10), () -> { });
            harness.platform().restartBroker();
            long restarted = System.nanoTime();
            Awaitility.await("load finished").atMost(Duration.ofMinutes(10)).until(load::done);
            Set<String> acked = new HashSet<>(load.acknowledged());
            Duration converged = Convergence.await("every acknowledged submission on the topic", restarted, CONVERGE,
                    () -> dedupedSubmitted(acked).keySet().containsAll(acked));
            List<TopicLog.Event> events = submittedEvents(acked);
            Map<String, Long> perDossier = dedupedSubmitted(acked);
            long lost = acked.stream().filter(id -> !perDossier.containsKey(id)).count();
            long doubled = perDossier.values().stream().filter(n -> n > 1).count();
            long raw = events.size() - TopicLog.countByCeId(events).size();
            Report report = new Report("kill -9 broker under load, back after 10 s", acked.size(), perDossier.size(),
                    lost, doubled, raw, load.serverErrors(), converged, "failures " + load.failures()).print();
            assertThat(report.clean()).as(report.row()).isTrue();
            assertThat(load.serverErrors()).as("5xx/connection failures while the broker was down: outbox decouples")
                    .isZero();
        }
    }

    // ---- 4. MongoDB unreachable for 20 s while consuming --------------------------------------------------------

    @Test
    @Order(4)
    void aConsumerCutOffFromMongoDbCommitsNothingUnpersistedAndCatchesUp() {
        requireEvaluation();
        int count = Math.max(20, DOSSIERS / 10);
        try (Load load = acceptedDossiers(count, "mongo")) {
            Awaitility.await("some accepted").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> load.acknowledgedCount() >= count / 4 || load.done());
            evaluationMongo.cut();
            OcopApi.Reply write = harness.api().post(evaluation.url() + "/api/v1/councils", DossierFlow.PROVINCE, """
                    {"id":"HD-CUT-1","name":"Hội đồng thử khi mất MongoDB","level":"DISTRICT","unit":"533",\
                    "members":[{"userId":"council.cut.chair","name":"A","role":"CHAIR"}]}""");
            // deliberate outage length: clock-based, the dossier load keeps producing accepted events meanwhile
            Convergence.hold(Duration.ofSeconds(20), () -> { });
            evaluationMongo.restore();
            long restored = System.nanoTime();
            assertThat(write.status()).as("a write while MongoDB is away: " + write.body()).isEqualTo(503);
            assertThat(write.header("Retry-After")).as("Retry-After on the 503").isPresent();
            Awaitility.await("load finished").atMost(Duration.ofMinutes(20)).until(load::done);
            Report report = report("MongoDB cut 20 s under consumption", load, restored).print();
            assertThat(report.clean()).as(report.row()).isTrue();
        }
    }

    // ---- 5. poison records among good ones ------------------------------------------------------------------

    @Test
    @Order(5)
    void poisonRecordsGoToTheDeadLetterTopicWithTheirReasonAndTheRestIsProcessed() throws Exception {
        requireEvaluation();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, byte[]> poison = new HashMap<>();
        poison.put("poison-json-" + run, "{not json".getBytes(StandardCharsets.UTF_8));
        poison.put("poison-type-" + run, "{}".getBytes(StandardCharsets.UTF_8));
        poison.put("poison-schema-" + run, "{\"dossierId\":42,\"version\":-1}".getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (Map.Entry<String, byte[]> p : poison.entrySet()) {
                String type = p.getKey().startsWith("poison-type") ? "vn.ocop.dossier.teleported.v1"
                        : "vn.ocop.dossier.accepted.v1";
                producer.send(record(DOSSIER_TOPIC, p.getKey(), type, UUID.randomUUID().toString(), p.getValue())).get();
            }
        }
        try (Load load = acceptedDossiers(10, "poison")) {
            long sent = System.nanoTime();
            Awaitility.await("load finished").atMost(Duration.ofMinutes(10)).until(load::done);
            Duration dlqTime = Convergence.await("poison in the DLQ", sent, CONVERGE, () -> harness.topics()
                    .read(EVALUATION_DLQ, e -> poison.containsKey(e.key())).size() >= poison.size());
            List<TopicLog.Event> parked = harness.topics().read(EVALUATION_DLQ, e -> poison.containsKey(e.key()));
            assertThat(parked).extracting(TopicLog.Event::key).containsExactlyInAnyOrderElementsOf(poison.keySet());
            assertThat(parked).allSatisfy(e -> assertThat(e.headers().get("x-exception-message"))
                    .as("reason of " + e.key()).isNotBlank());
            parked.forEach(e -> System.out.println("[poison] " + e.key() + " → " + e.headers().get("x-exception-message")));
            Report report = report("poison records among good ones", load, sent).print();
            assertThat(report.clean()).as(report.row()).isTrue();
            assertThat(dlqTime).as("poison reached the DLQ").isNotNull();
            String metrics = harness.api().get(evaluation.managementUrl() + "/actuator/prometheus", null).body();
            assertThat(metrics.lines().filter(l -> !l.startsWith("#"))
                    .filter(l -> l.matches("(?i).*(dlq|dead_?letter|poison).*")).toList())
                    .as("a DLQ counter in /actuator/prometheus").isNotEmpty();
        }
        ProcessBuilder redrive = new ProcessBuilder("bash", FaultHarness.repoDir().resolve("infra/dlq-redrive.sh").toString(),
                "--dlq", EVALUATION_DLQ, "--bootstrap", harness.platform().kafkaBootstrap(), "--dry-run")
                .redirectErrorStream(true);
        Process process = redrive.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(output).as("dry run of the documented re-drive").contains("would copy").contains("poison-");
    }

    // ---- 6. the same events redelivered ---------------------------------------------------------------------

    @Test
    @Order(6)
    void redeliveredEventsLeaveTheEvaluationsByteForByteUnchanged() throws Exception {
        requireEvaluation();
        awaitEvaluationsCaughtUp();
        String before = evaluationsJson();
        evaluation.terminate(Duration.ofSeconds(30));
        long rewound;
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("evaluation-service")
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetAndMetadata> rewind = new HashMap<>();
            committed.forEach((tp, offset) -> {
                if (tp.topic().equals(DOSSIER_TOPIC)) {
                    rewind.put(tp, new OffsetAndMetadata(Math.max(0, offset.offset() - 17)));
                }
            });
            rewound = committed.entrySet().stream().filter(e -> rewind.containsKey(e.getKey()))
                    .mapToLong(e -> e.getValue().offset() - rewind.get(e.getKey()).offset()).sum();
            admin.alterConsumerGroupOffsets("evaluation-service", rewind).all().get();
        }
        long restart = System.nanoTime();
        evaluation.startAndAwaitReady(Duration.ofMinutes(4));
        Duration converged = Convergence.await("redelivered records consumed", restart, CONVERGE, this::noLag);
        String after = evaluationsJson();
        Report report = new Report("same events redelivered (offsets rewound)", rewound, rewound,
                0, before.equals(after) ? 0 : 1, 0, 0, converged, "JSON before == after: " + before.equals(after)).print();
        assertThat(after).as("evaluations after redelivery").isEqualTo(before);
        assertThat(report.clean()).isTrue();
    }

    // ---- 8. two instances in one group, one killed -----------------------------------------------------------

    @Test
    @Order(8)
    void aSecondInstanceTakesOverThePartitionsOfAKilledOneWithoutLossOrDoubles() {
        requireEvaluation();
        ServiceInstance second = harness.instance(OcopService.EVALUATION, "2", evaluationMongo.port());
        second.startAndAwaitReady(Duration.ofMinutes(4));
        int count = Math.max(20, DOSSIERS / 10);
        try (Load load = acceptedDossiers(count, "pair")) {
            Awaitility.await("a third in").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> load.acknowledgedCount() >= count / 3 || load.done());
            second.kill();
            long killed = System.nanoTime();
            Awaitility.await("load finished").atMost(Duration.ofMinutes(20)).until(load::done);
            Report report = report("two instances, one killed mid-stream", load, killed).print();
            assertThat(report.clean()).as(report.row()).isTrue();
        }
    }

    // ---- 9. SIGTERM mid-batch ---------------------------------------------------------------------------------

    @Test
    @Order(9)
    void sigtermMidBatchStopsWithin30SecondsAndLosesNothing() {
        requireEvaluation();
        int count = Math.max(20, DOSSIERS / 10);
        try (Load load = acceptedDossiers(count, "sigterm")) {
            Awaitility.await("a third in").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> load.acknowledgedCount() >= count / 3 || load.done());
            Duration stopped = evaluation.terminate(Duration.ofSeconds(30));
            assertThat(stopped).as("graceful stop within 30 s (null = had to be killed)").isNotNull();
            evaluation.startAndAwaitReady(Duration.ofMinutes(4));
            long restarted = System.nanoTime();
            Awaitility.await("load finished").atMost(Duration.ofMinutes(20)).until(load::done);
            Report report = report("SIGTERM mid-batch (stopped in " + stopped.toSeconds() + " s)", load, restarted)
                    .print();
            assertThat(report.clean()).as(report.row()).isTrue();
        }
    }

    // ---- 10. views dropped and rebuilt from the topics ---------------------------------------------------------

    @Test
    @Order(10)
    void reportingViewsRebuiltFromTheTopicsEqualTheLiveOnes() {
        assumeTrue(harness.runs(OcopService.REPORTING), "reporting-service is not built: rebuild scenario skipped");
        List<String> views = List.of("/api/v1/funnel", "/api/v1/stars", "/api/v1/catalogue", "/api/v1/rounds",
                "/api/v1/deadline-compliance");
        String reporting = harness.url(OcopService.REPORTING);
        Awaitility.await("reporting caught up").atMost(CONVERGE).pollInterval(Duration.ofSeconds(2))
                .until(() -> lagOf("reporting-service") == 0);
        Map<String, String> live = new HashMap<>();
        views.forEach(v -> live.put(v, harness.api().get(reporting + v, DossierFlow.PROVINCE).body()));
        harness.platform().killService("reporting-service");
        ServiceInstance rebuild = harness.instance(OcopService.REPORTING, "rebuild", null).arguments("--ocop.rebuild=true");
        long started = System.nanoTime();
        assertThat(rebuild.runToCompletion(Duration.ofMinutes(10))).as("rebuild exit code, see " + rebuild.logFile())
                .isZero();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        harness.platform().restartService("reporting-service");
        Map<String, String> rebuilt = new HashMap<>();
        views.forEach(v -> rebuilt.put(v, harness.api().get(reporting + v, DossierFlow.PROVINCE).body()));
        long differing = views.stream().filter(v -> !live.get(v).equals(rebuilt.get(v))).count();
        new Report("views dropped and rebuilt", views.size(), views.size() - differing, differing, 0, 0, 0, took,
                "views compared: " + views).print();
        assertThat(rebuilt).isEqualTo(live);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private void requireEvaluation() {
        assumeTrue(evaluation != null, "evaluation-service is not built: scenario skipped");
    }

    /** Accepted dossiers on 3 client threads; the acknowledged id is the dossier accepted with 200. */
    private Load acceptedDossiers(int count, String label) {
        return new Load(3).run(count, i -> {
            String id = flow.acceptedDossier("Sản phẩm " + label + " " + i);
            synchronized (acceptedSoFar) {
                acceptedSoFar.add(id);
            }
            return id;
        });
    }

    /** Evaluations per dossier (operator sees all) vs the dossiers acknowledged as accepted by this load. */
    private Report report(String scenario, Load load, long faultRepaired) {
        Set<String> acked = new HashSet<>(load.acknowledged());
        Duration converged = Convergence.await(scenario, faultRepaired, CONVERGE,
                () -> evaluationsPerDossier().keySet().containsAll(acked));
        Map<String, Long> perDossier = evaluationsPerDossier();
        long lost = acked.stream().filter(id -> !perDossier.containsKey(id)).count();
        long doubled = acked.stream().filter(id -> perDossier.getOrDefault(id, 0L) > 1).count();
        return new Report(scenario, acked.size(), acked.stream().filter(perDossier::containsKey).count(), lost,
                doubled, 0, load.serverErrors(), converged, "client failures " + load.failures());
    }

    private Map<String, Long> evaluationsPerDossier() {
        OcopApi.Reply list = harness.api().get(evaluation.url() + "/api/v1/evaluations", DossierFlow.OPERATOR);
        if (!list.ok()) {
            throw new IllegalStateException("evaluations: " + list);
        }
        Map<String, Long> counts = new HashMap<>();
        for (JsonNode e : list.json()) {
            counts.merge(e.path("dossierId").asString(e.path("id").asString().replaceAll(":[A-Z]+$", "")), 1L,
                    Long::sum);
        }
        return counts;
    }

    private String evaluationsJson() {
        return harness.api().get(evaluation.url() + "/api/v1/evaluations", DossierFlow.OPERATOR).body();
    }

    private void awaitEvaluationsCaughtUp() {
        Awaitility.await("evaluation-service caught up").atMost(CONVERGE).pollInterval(Duration.ofSeconds(1))
                .until(this::noLag);
    }

    private boolean noLag() {
        return lagOf("evaluation-service") == 0;
    }

    private long lagOf(String group) {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            long end = 0;
            long done = 0;
            for (Map.Entry<TopicPartition, OffsetAndMetadata> e : committed.entrySet()) {
                end += admin.listOffsets(Map.of(e.getKey(), org.apache.kafka.clients.admin.OffsetSpec.latest()))
                        .partitionResult(e.getKey()).get().offset();
                done += e.getValue().offset();
            }
            return committed.isEmpty() ? Long.MAX_VALUE : end - done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Long.MAX_VALUE;
        } catch (ExecutionException e) {
            return Long.MAX_VALUE;
        }
    }

    private List<TopicLog.Event> submittedEvents(Set<String> ids) {
        return harness.topics().read(DOSSIER_TOPIC, e -> SUBMITTED.equals(e.ceType()) && ids.contains(e.key()));
    }

    /** Submitted events per dossier after de-duplication by ce_id. */
    private Map<String, Long> dedupedSubmitted(Set<String> ids) {
        Map<String, Set<String>> byDossier = new HashMap<>();
        submittedEvents(ids).forEach(e -> byDossier.computeIfAbsent(e.key(), k -> new HashSet<>()).add(e.ceId()));
        return byDossier.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> (long) e.getValue().size()));
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, harness.platform().kafkaBootstrap()));
    }

    private KafkaProducer<String, byte[]> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, harness.platform().kafkaBootstrap());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    private static ProducerRecord<String, byte[]> record(String topic, String key, String type, String id, byte[] body) {
        ProducerRecord<String, byte[]> r = new ProducerRecord<>(topic, key, body);
        r.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_id", id.getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_source", "/ocop/dossier-service".getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_time", java.time.Instant.now().toString().getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_subject", key.getBytes(StandardCharsets.UTF_8));
        r.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        return r;
    }
}
