package vn.ocop.reliability.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
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
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import vn.ocop.client.Reply;
import vn.ocop.local.OcopService;
import vn.ocop.reliability.Convergence;
import vn.ocop.reliability.DossierFlow;
import vn.ocop.reliability.FaultHarness;
import vn.ocop.reliability.Load;
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
    static final String ACCEPTED = "vn.ocop.dossier.accepted.v1";
    static final String WITHDRAWN = "vn.ocop.dossier.withdrawn.v1";
    static final String TELEPORTED = "vn.ocop.dossier.teleported.v1";
    static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();
    static final String EVALUATION_DLQ = "ocop.dossier.events.evaluation-service.dlq";
    static final Duration CONVERGE = Duration.ofMinutes(5);
    static final int DOSSIERS = Integer.getInteger("ocop.reliability.dossiers", 1000);

    @TempDir
    static Path dataDir;

    private FaultHarness harness;
    private DossierFlow flow;
    private TcpProxy evaluationMongo;
    private ServiceInstance evaluation;
    /** Straight to the platform's MongoDB (not through the proxy): the harness's view of what was stored. */
    private MongoClient mongo;

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
        mongo = MongoClients.create(harness.platform().mongoUri(OcopService.EVALUATION.database()));
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
        if (mongo != null) {
            mongo.close();
        }
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
            Awaitility.await("30 % accepted")
                    .atMost(Duration.ofMinutes(30))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> load.acknowledgedCount() >= count * 3 / 10 || load.done());
            evaluation.kill();
            evaluation.startAndAwaitReady(Duration.ofMinutes(4));
            long restarted = System.nanoTime();
            Awaitility.await("load finished").atMost(Duration.ofMinutes(60)).until(load::done);
            Report report = report("kill -9 evaluation-service at 30 % (" + count + " dossiers)", load, restarted)
                    .print();
            assertThat(report.clean()).as(report.row()).isTrue();
            assertThat(report.acknowledged())
                    .as("accepted dossiers acknowledged")
                    .isPositive();
        }
    }

    // ---- 2. kill between state write and publish ----------------------------------------------------------------

    @Test
    @Order(2)
    void anEventWrittenBeforeACrashIsPublishedExactlyOnceAfterRestart() {
        // the round-scheduled event of prepare() must be out before a crashing relay starts
        Awaitility.await("outbox drained")
                .atMost(CONVERGE)
                .until(() -> !harness.topics()
                        .read(DOSSIER_TOPIC, e -> flow.roundId().equals(e.key()))
                        .isEmpty());
        String id = flow.completeDraft("Crash trước khi phát");
        // the launcher's own dossier-service, restarted with the test hook on: same ports, so the client is unchanged
        harness.platform().restartService("dossier-service", Map.of("OCOP_OUTBOX_CRASH_BEFORE_PUBLISH", "true"));
        long hooksBefore = crashHookLines();
        Duration converged;
        boolean halted;
        try {
            Reply submit = flow.submit(id);
            // the sweep may halt the JVM before the response is written: 200 or a dropped connection (0)
            assertThat(submit.status()).as(submit.body()).isIn(200, 0);
            Awaitility.await("the relay halts the JVM")
                    .atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> !harness.platform().isServiceRunning("dossier-service"));
            halted = crashHookLines() > hooksBefore;
            assertThat(halted)
                    .as("the JVM was halted by the outbox hook (log line)")
                    .isTrue();
            assertThat(submittedEvents(Set.of(id)))
                    .as("nothing published before the crash")
                    .isEmpty();
        } finally {
            long restart = System.nanoTime();
            harness.platform().restartService("dossier-service", Map.of("OCOP_OUTBOX_CRASH_BEFORE_PUBLISH", "false"));
            converged = Convergence.await(
                    "published after restart",
                    restart,
                    CONVERGE,
                    () -> submittedEvents(Set.of(id)).size() == 1);
        }
        assertThat(flow.dossier(id).json().path("status").asString())
                .as("state written before the crash")
                .isEqualTo("SUBMITTED");
        List<TopicLog.Event> events = submittedEvents(Set.of(id));
        long distinct = TopicLog.countByCeId(events).size();
        Report report = new Report(
                        "kill between state write and publish",
                        1,
                        distinct,
                        distinct == 0 ? 1 : 0,
                        Math.max(0, distinct - 1),
                        events.size() - distinct,
                        0,
                        converged,
                        "halted by the hook: " + halted)
                .print();
        assertThat(report.clean()).as(report.row()).isTrue();
    }

    private long crashHookLines() {
        try (java.util.stream.Stream<String> lines =
                java.nio.file.Files.lines(harness.platform().logFile("dossier-service"), StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains("TEST HOOK ocop.outbox.crash-before-publish"))
                    .count();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return 0;
        }
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
                Reply r = flow.submit(drafts.get(i));
                if (!r.ok()) {
                    throw new Load.Refused(r.status(), r.body());
                }
                return drafts.get(i);
            });
            Awaitility.await("some submissions in")
                    .atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> load.acknowledgedCount() >= count / 4 || load.done());
            harness.platform().killBroker();
            // deliberate outage length: a clock-based wait while the load keeps running against the services
            Convergence.hold(Duration.ofSeconds(10), () -> {});
            harness.platform().restartBroker();
            long restarted = System.nanoTime();
            Awaitility.await("load finished").atMost(Duration.ofMinutes(10)).until(load::done);
            Set<String> acked = new HashSet<>(load.acknowledged());
            Duration converged = Convergence.await(
                    "every acknowledged submission on the topic",
                    restarted,
                    CONVERGE,
                    () -> dedupedSubmitted(acked).keySet().containsAll(acked));
            List<TopicLog.Event> events = submittedEvents(acked);
            Map<String, Long> perDossier = dedupedSubmitted(acked);
            long lost = acked.stream().filter(id -> !perDossier.containsKey(id)).count();
            long doubled = perDossier.values().stream().filter(n -> n > 1).count();
            long raw = events.size() - TopicLog.countByCeId(events).size();
            Report report = new Report(
                            "kill -9 broker under load, back after 10 s",
                            acked.size(),
                            perDossier.size(),
                            lost,
                            doubled,
                            raw,
                            load.serverErrors(),
                            converged,
                            "failures " + load.failures())
                    .print();
            assertThat(report.clean()).as(report.row()).isTrue();
            assertThat(load.serverErrors())
                    .as("5xx/connection failures while the broker was down: outbox decouples")
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
            Awaitility.await("some accepted")
                    .atMost(Duration.ofMinutes(10))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> load.acknowledgedCount() >= count / 4 || load.done());
            evaluationMongo.cut();
            Reply write = harness.api().post(evaluation.url() + "/api/v1/councils", DossierFlow.PROVINCE, """
                    {"id":"HD-CUT-1","name":"Hội đồng thử khi mất MongoDB","level":"DISTRICT","unit":"533",\
                    "members":[{"userId":"council.cut.chair","name":"A","role":"CHAIR"}]}""");
            // deliberate outage length: clock-based, the dossier load keeps producing accepted events meanwhile
            Convergence.hold(Duration.ofSeconds(20), () -> {});
            evaluationMongo.restore();
            long restored = System.nanoTime();
            assertThat(write.status())
                    .as("a write while MongoDB is away: " + write.body())
                    .isEqualTo(503);
            assertThat(write.header("Retry-After")).as("Retry-After on the 503").isPresent();
            Awaitility.await("load finished").atMost(Duration.ofMinutes(20)).until(load::done);
            Report report =
                    report("MongoDB cut 20 s under consumption", load, restored).print();
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
        Map<String, String> ceIds = new HashMap<>();
        double deadLetteredBefore = deadLettered();
        try (Load load = acceptedDossiers(10, "poison")) {
            // the poison goes out while the good dossiers are being accepted: they share partitions with it
            Awaitility.await("some good ones in")
                    .atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> load.acknowledgedCount() >= 3 || load.done());
            try (KafkaProducer<String, byte[]> producer = producer()) {
                for (Map.Entry<String, byte[]> p : poison.entrySet()) {
                    String type = p.getKey().startsWith("poison-type") ? TELEPORTED : ACCEPTED;
                    String ceId = UUID.randomUUID().toString();
                    ceIds.put(p.getKey(), ceId);
                    producer.send(record(DOSSIER_TOPIC, p.getKey(), type, ceId, p.getValue()))
                            .get();
                }
            }
            long sent = System.nanoTime();
            Awaitility.await("load finished").atMost(Duration.ofMinutes(10)).until(load::done);
            Duration dlqTime = Convergence.await(
                    "poison in the DLQ",
                    sent,
                    CONVERGE,
                    () -> harness.topics()
                                    .read(EVALUATION_DLQ, e -> poison.containsKey(e.key()))
                                    .size()
                            >= poison.size());
            List<TopicLog.Event> parked = harness.topics().read(EVALUATION_DLQ, e -> poison.containsKey(e.key()));
            assertThat(parked).extracting(TopicLog.Event::key).containsExactlyInAnyOrderElementsOf(poison.keySet());
            assertThat(parked)
                    .allSatisfy(e -> assertThat(e.headers().get("x-exception-message"))
                            .as("reason of " + e.key())
                            .isNotBlank());
            parked.forEach(e -> System.out.println(
                    "[poison] " + e.key() + " → " + e.headers().get("x-exception-message")));
            Report report = report("poison records among good ones (3 + 10)", load, sent);
            double counted = deadLettered() - deadLetteredBefore;
            report = new Report(
                            report.scenario(),
                            report.acknowledged(),
                            report.observed(),
                            report.lost(),
                            report.duplicated(),
                            report.rawDuplicates(),
                            report.serverErrors(),
                            report.convergence(),
                            "DLQ " + parked.size() + " in " + seconds(dlqTime) + ", counter +" + counted + "; "
                                    + report.note())
                    .print();
            assertThat(report.clean()).as(report.row()).isTrue();
            assertThat(dlqTime).as("poison reached the DLQ").isNotNull();
            assertThat(counted)
                    .as("ocop_events_dead_lettered_total{binding=dossierEvents-in-0} grew by the poison")
                    .isEqualTo(poison.size());
        }
        String dryRun = redrive("--dry-run");
        assertThat(dryRun)
                .as("dry run of the documented re-drive lists every poison record")
                .contains("would copy")
                .contains(ceIds.values());
        // a real re-drive of one type: the copy keeps its ce_id, is marked, and (still poison) is parked again
        long parkedBefore = harness.topics()
                .read(EVALUATION_DLQ, e -> ceIds.get("poison-type-" + run).equals(e.ceId()))
                .size();
        String copied = redrive("--type", TELEPORTED);
        assertThat(copied).contains("copied");
        Awaitility.await("re-driven copy on the source topic and back in the DLQ")
                .atMost(CONVERGE)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> harness.topics()
                                        .read(
                                                DOSSIER_TOPIC,
                                                e -> ceIds.get("poison-type-" + run)
                                                                .equals(e.ceId())
                                                        && e.headers().containsKey("ocop_redriven_from"))
                                        .size()
                                == 1
                        && harness.topics()
                                        .read(
                                                EVALUATION_DLQ,
                                                e -> ceIds.get("poison-type-" + run)
                                                        .equals(e.ceId()))
                                        .size()
                                > parkedBefore);
    }

    private String redrive(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "bash",
                FaultHarness.repoDir().resolve("infra/dlq-redrive.sh").toString(),
                "--dlq",
                EVALUATION_DLQ,
                "--bootstrap",
                harness.platform().kafkaBootstrap(),
                "--command-config",
                harness.platform().kafkaAdminConfigFile().toString()));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES))
                .as("dlq-redrive.sh finished")
                .isTrue();
        System.out.println("[redrive " + String.join(" ", options) + "]\n" + output);
        assertThat(process.exitValue())
                .as("dlq-redrive.sh exit code: " + output)
                .isZero();
        return output;
    }

    /** Sum of ocop_events_dead_lettered_total over evaluation-service's dossier binding (Prometheus text). */
    private double deadLettered() {
        String metrics = harness.api()
                .get(evaluation.managementUrl() + "/actuator/prometheus", null)
                .body();
        return metrics.lines()
                .filter(l -> l.startsWith("ocop_events_dead_lettered_total{"))
                .filter(l -> l.contains("binding=\"dossierEvents-in-0\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    // ---- 6. the same events redelivered ---------------------------------------------------------------------

    @Test
    @Order(6)
    void redeliveredEventsLeaveTheViewsByteForByteUnchanged() throws Exception {
        requireEvaluation();
        int redelivered = Integer.getInteger("ocop.reliability.redelivered", 100);
        awaitEvaluationsCaughtUp();
        boolean reporting = harness.runs(OcopService.REPORTING);
        if (reporting) {
            Awaitility.await("reporting caught up")
                    .atMost(CONVERGE)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> lagOf("reporting-service") == 0);
        }
        String before = evaluationsJson();
        Map<String, String> viewsBefore = reporting ? reportingViews() : Map.of();
        // a group's offsets can only be moved while it has no members: stop both consumers first
        evaluation.terminate(Duration.ofSeconds(30));
        if (reporting) {
            harness.platform().killService("reporting-service");
        }
        long rewoundEvaluation = rewind("evaluation-service", redelivered);
        long rewoundReporting = reporting ? rewind("reporting-service", redelivered) : 0;
        long restart = System.nanoTime();
        evaluation.startAndAwaitReady(Duration.ofMinutes(4));
        if (reporting) {
            harness.platform().restartService("reporting-service");
        }
        Duration converged = Convergence.await(
                "redelivered records consumed",
                restart,
                CONVERGE,
                () -> noLag() && (!reporting || lagOf("reporting-service") == 0));
        String after = evaluationsJson();
        Map<String, String> viewsAfter = reporting ? reportingViews() : Map.of();
        long differing = (before.equals(after) ? 0 : 1)
                + viewsBefore.keySet().stream()
                        .filter(v -> !viewsBefore.get(v).equals(viewsAfter.get(v)))
                        .count();
        Report report = new Report(
                        "same events redelivered (offsets rewound)",
                        rewoundEvaluation + rewoundReporting,
                        rewoundEvaluation + rewoundReporting,
                        0,
                        differing,
                        0,
                        0,
                        converged,
                        "evaluation " + rewoundEvaluation + " + reporting " + rewoundReporting
                                + " records; views compared: evaluations + " + viewsBefore.keySet())
                .print();
        assertThat(rewoundEvaluation)
                .as("records redelivered to evaluation-service")
                .isEqualTo(redelivered);
        assertThat(after).as("evaluations after redelivery").isEqualTo(before);
        assertThat(viewsAfter).as("reporting views after redelivery").isEqualTo(viewsBefore);
        assertThat(report.clean()).isTrue();
    }

    /** Moves the group's committed offsets on the dossier topic back by {@code records} in all (round robin). */
    private long rewind(String group, int records) throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get();
            Map<TopicPartition, Long> target = new HashMap<>();
            committed.forEach((tp, offset) -> {
                if (tp.topic().equals(DOSSIER_TOPIC)) {
                    target.put(tp, offset.offset());
                }
            });
            long left = records;
            boolean moved = true;
            while (left > 0 && moved) {
                moved = false;
                for (Map.Entry<TopicPartition, Long> e : target.entrySet()) {
                    if (left > 0 && e.getValue() > 0) {
                        e.setValue(e.getValue() - 1);
                        left--;
                        moved = true;
                    }
                }
            }
            Map<TopicPartition, OffsetAndMetadata> rewind = new HashMap<>();
            target.forEach((tp, offset) -> rewind.put(tp, new OffsetAndMetadata(offset)));
            Awaitility.await(group + " has no members")
                    .atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> admin.describeConsumerGroups(List.of(group))
                            .all()
                            .get()
                            .get(group)
                            .members()
                            .isEmpty());
            admin.alterConsumerGroupOffsets(group, rewind).all().get();
            return records - left;
        }
    }

    private static final List<String> VIEWS = List.of(
            "/api/v1/funnel", "/api/v1/stars", "/api/v1/catalogue", "/api/v1/rounds", "/api/v1/deadline-compliance");

    private Map<String, String> reportingViews() {
        Map<String, String> views = new java.util.TreeMap<>();
        String reporting = harness.url(OcopService.REPORTING);
        VIEWS.forEach(v -> views.put(
                v, harness.api().get(reporting + v, DossierFlow.PROVINCE).body()));
        return views;
    }

    // ---- 7. events of one dossier out of order ------------------------------------------------------------

    @Test
    @Order(7)
    void eventsOfOneDossierOutOfOrderLeaveTheNewestStateInTheViews() throws Exception {
        assumeTrue(
                harness.runs(OcopService.REPORTING), "reporting-service is not built: out-of-order scenario skipped");
        // a real dossier's events are the templates: bodies the contract validator of the consumers accepts
        String source = flow.acceptedDossier("Thứ tự đảo");
        Awaitility.await("events of the template dossier")
                .atMost(CONVERGE)
                .until(() -> harness.topics()
                                .read(DOSSIER_TOPIC, e -> source.equals(e.key()))
                                .size()
                        >= 2);
        List<TopicLog.Event> real = harness.topics().read(DOSSIER_TOPIC, e -> source.equals(e.key()));
        tools.jackson.databind.node.ObjectNode submitted = body(real, SUBMITTED);
        tools.jackson.databind.node.ObjectNode accepted = body(real, ACCEPTED);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String copy = "QNG-OOO-" + run;
        String round = "OOO-" + run;
        for (tools.jackson.databind.node.ObjectNode b : List.of(submitted, accepted)) {
            b.put("dossierId", copy);
            b.put("roundId", round);
        }
        tools.jackson.databind.node.ObjectNode withdrawn = accepted.deepCopy();
        withdrawn.put("version", accepted.get("version").asInt() + 1);
        withdrawn.put("status", "WITHDRAWN");
        withdrawn.put("reason", "Rút hồ sơ (kịch bản thứ tự đảo)");
        // newest first: a consumer that applies whatever arrives last would end in SUBMITTED
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (Map.Entry<String, tools.jackson.databind.node.ObjectNode> e : List.of(
                    Map.entry(WITHDRAWN, withdrawn), Map.entry(ACCEPTED, accepted), Map.entry(SUBMITTED, submitted))) {
                producer.send(record(
                                DOSSIER_TOPIC,
                                copy,
                                e.getKey(),
                                UUID.randomUUID().toString(),
                                e.getValue().toString().getBytes(StandardCharsets.UTF_8)))
                        .get();
            }
        }
        long sent = System.nanoTime();
        Duration converged = Convergence.await(
                "reporting consumed the reversed events",
                sent,
                CONVERGE,
                () -> lagOf("reporting-service") == 0 && funnelTotal(round) == 1);
        JsonNode funnel = harness.api()
                .get(harness.url(OcopService.REPORTING) + "/api/v1/funnel?roundId=" + round, DossierFlow.PROVINCE)
                .json();
        Map<String, Integer> current = new HashMap<>();
        funnel.path("currentStatus")
                .properties()
                .forEach(e -> current.put(e.getKey(), e.getValue().asInt()));
        // evaluation-service sees the same three records: newest state = no evaluation left open for the dossier
        String evaluationState = "-";
        if (evaluation != null) {
            Awaitility.await("evaluation caught up")
                    .atMost(CONVERGE)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(this::noLag);
            Reply opened = harness.api()
                    .get(evaluation.url() + "/api/v1/evaluations/" + copy + ":DISTRICT", DossierFlow.OPERATOR);
            evaluationState = opened.status() == 404
                    ? "none"
                    : opened.json().path("status").asString();
            System.out.println("[out-of-order] evaluation-service after withdrawn(v" + withdrawn.get("version")
                    + ") → accepted → submitted: " + opened.status() + " " + evaluationState);
        }
        boolean reportingNewest = Map.of("WITHDRAWN", 1).equals(current);
        // the newest state is "withdrawn": no evaluation may be left open for it (none, or cancelled)
        boolean evaluationNewest = List.of("-", "none", "CANCELLED").contains(evaluationState);
        long stale = (reportingNewest ? 0 : 1) + (evaluationNewest ? 0 : 1);
        Report report = new Report(
                        "events of one dossier out of order (3, reversed)",
                        2,
                        2 - stale,
                        0,
                        0,
                        0,
                        0,
                        converged,
                        "stale views " + stale + ": reporting currentStatus " + current + "; evaluation "
                                + evaluationState)
                .print();
        assertThat(current)
                .as("reporting's funnel, current status of the dossier: " + report.row())
                .isEqualTo(Map.of("WITHDRAWN", 1));
        assertThat(evaluationState)
                .as("evaluation of a dossier whose newest event is 'withdrawn': " + report.row())
                .isIn("-", "none", "CANCELLED");
    }

    private int funnelTotal(String round) {
        Reply reply = harness.api()
                .get(harness.url(OcopService.REPORTING) + "/api/v1/funnel?roundId=" + round, DossierFlow.PROVINCE);
        return reply.ok() ? reply.json().path("total").asInt() : -1;
    }

    private static tools.jackson.databind.node.ObjectNode body(List<TopicLog.Event> events, String type) {
        TopicLog.Event event = events.stream()
                .filter(e -> type.equals(e.ceType()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + type + " among " + events.size() + " events"));
        return (tools.jackson.databind.node.ObjectNode) JSON.readTree(event.value());
    }

    // ---- 8. two instances in one group, one killed -----------------------------------------------------------

    @Test
    @Order(8)
    void aSecondInstanceTakesOverThePartitionsOfAKilledOneWithoutLossOrDoubles() {
        requireEvaluation();
        ServiceInstance second = harness.instance(OcopService.EVALUATION, "2", evaluationMongo.port());
        second.startAndAwaitReady(Duration.ofMinutes(4));
        Awaitility.await("both instances hold partitions")
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> membersWithPartitions().size() == 2);
        Map<String, Integer> before = membersWithPartitions();
        int count = Math.max(20, DOSSIERS / 10);
        try (Load load = acceptedDossiers(count, "pair")) {
            Awaitility.await("a third in")
                    .atMost(Duration.ofMinutes(10))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> load.acknowledgedCount() >= count / 3 || load.done());
            second.kill();
            long killed = System.nanoTime();
            // the broker notices the dead member after its session time-out; then one member holds every partition
            Duration moved = Convergence.await(
                    "partitions moved to the survivor",
                    killed,
                    Duration.ofMinutes(3),
                    () -> membersWithPartitions().size() == 1
                            && membersWithPartitions().values().iterator().next() == partitionCount());
            Awaitility.await("load finished").atMost(Duration.ofMinutes(20)).until(load::done);
            Report report = report("two instances, one killed mid-stream", load, killed);
            report = new Report(
                            report.scenario(),
                            report.acknowledged(),
                            report.observed(),
                            report.lost(),
                            report.duplicated(),
                            report.rawDuplicates(),
                            report.serverErrors(),
                            report.convergence(),
                            "partitions before " + before.values() + ", moved in " + seconds(moved) + "; "
                                    + report.note())
                    .print();
            assertThat(before)
                    .as("members of the group and their partitions before the kill")
                    .hasSize(2);
            assertThat(moved)
                    .as("the killed instance's partitions moved to the survivor")
                    .isNotNull();
            assertThat(report.clean()).as(report.row()).isTrue();
        }
    }

    /** Members of evaluation-service's group that hold partitions, with how many (AdminClient). */
    private Map<String, Integer> membersWithPartitions() {
        try (Admin admin = admin()) {
            var group = admin.describeConsumerGroups(List.of("evaluation-service"))
                    .all()
                    .get()
                    .get("evaluation-service");
            Map<String, Integer> members = new HashMap<>();
            group.members().forEach(m -> {
                int n = (int) m.assignment().topicPartitions().stream()
                        .filter(tp -> tp.topic().equals(DOSSIER_TOPIC))
                        .count();
                if (n > 0) {
                    members.put(m.consumerId(), n);
                }
            });
            return members;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("describeConsumerGroups", e);
        }
    }

    private int partitionCount() {
        try (Admin admin = admin()) {
            return admin.describeTopics(List.of(DOSSIER_TOPIC))
                    .allTopicNames()
                    .get()
                    .get(DOSSIER_TOPIC)
                    .partitions()
                    .size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("describeTopics", e);
        }
    }

    private static String seconds(Duration d) {
        return d == null ? "-" : String.format("%.1f s", d.toMillis() / 1000.0);
    }

    // ---- 9. SIGTERM mid-batch ---------------------------------------------------------------------------------

    @Test
    @Order(9)
    void sigtermMidBatchStopsWithin30SecondsAndLosesNothing() {
        requireEvaluation();
        int count = Math.max(20, DOSSIERS / 10);
        try (Load load = acceptedDossiers(count, "sigterm")) {
            Awaitility.await("a third in")
                    .atMost(Duration.ofMinutes(10))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> load.acknowledgedCount() >= count / 3 || load.done());
            Duration stopped = evaluation.terminate(Duration.ofSeconds(30));
            assertThat(stopped)
                    .as("graceful stop within 30 s (null = had to be killed)")
                    .isNotNull();
            evaluation.startAndAwaitReady(Duration.ofMinutes(4));
            long restarted = System.nanoTime();
            Awaitility.await("load finished").atMost(Duration.ofMinutes(20)).until(load::done);
            Report report = report("SIGTERM mid-batch (stopped in " + seconds(stopped) + ")", load, restarted)
                    .print();
            assertThat(report.clean()).as(report.row()).isTrue();
        }
    }

    // ---- 10. views dropped and rebuilt from the topics ---------------------------------------------------------

    @Test
    @Order(10)
    void reportingViewsRebuiltFromTheTopicsEqualTheLiveOnes() {
        assumeTrue(harness.runs(OcopService.REPORTING), "reporting-service is not built: rebuild scenario skipped");
        List<String> views = VIEWS;
        String reporting = harness.url(OcopService.REPORTING);
        Awaitility.await("reporting caught up")
                .atMost(CONVERGE)
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> lagOf("reporting-service") == 0);
        Map<String, String> live = new HashMap<>();
        views.forEach(v -> live.put(
                v, harness.api().get(reporting + v, DossierFlow.PROVINCE).body()));
        harness.platform().killService("reporting-service");
        ServiceInstance rebuild =
                harness.instance(OcopService.REPORTING, "rebuild", null).arguments("--ocop.rebuild=true");
        long started = System.nanoTime();
        assertThat(rebuild.runToCompletion(Duration.ofMinutes(10)))
                .as("rebuild exit code, see " + rebuild.logFile())
                .isZero();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        harness.platform().restartService("reporting-service");
        Map<String, String> rebuilt = new HashMap<>();
        views.forEach(v -> rebuilt.put(
                v, harness.api().get(reporting + v, DossierFlow.PROVINCE).body()));
        long differing =
                views.stream().filter(v -> !live.get(v).equals(rebuilt.get(v))).count();
        new Report(
                        "views dropped and rebuilt",
                        views.size(),
                        views.size() - differing,
                        differing,
                        0,
                        0,
                        0,
                        took,
                        "views compared: " + views)
                .print();
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
        Duration converged = Convergence.await(
                scenario,
                faultRepaired,
                CONVERGE,
                () -> evaluationsPerDossier(acked).keySet().containsAll(acked));
        Map<String, Long> perDossier = evaluationsPerDossier(acked);
        long lost = acked.stream().filter(id -> !perDossier.containsKey(id)).count();
        long doubled =
                acked.stream().filter(id -> perDossier.getOrDefault(id, 0L) > 1).count();
        return new Report(
                scenario,
                acked.size(),
                acked.stream().filter(perDossier::containsKey).count(),
                lost,
                doubled,
                0,
                load.serverErrors(),
                converged,
                "client failures " + load.failures());
    }

    /**
     * Evaluations per dossier among {@code ids}, read from evaluation-service's own collection: the list API answers
     * at most 500 (EvaluationService.MAX_LIST), fewer than a default run produces.
     */
    private Map<String, Long> evaluationsPerDossier(Set<String> ids) {
        Map<String, Long> counts = new HashMap<>();
        for (Document d :
                evaluationStore().find(Filters.in("dossierId", ids)).projection(Projections.include("dossierId"))) {
            counts.merge(d.getString("dossierId"), 1L, Long::sum);
        }
        return counts;
    }

    /** Every stored evaluation in _id order, as JSON: what a redelivery must leave byte for byte unchanged. */
    private String evaluationsJson() {
        StringBuilder all = new StringBuilder();
        for (Document d : evaluationStore().find().sort(Sorts.ascending("_id"))) {
            all.append(d.toJson()).append('\n');
        }
        return all.toString();
    }

    private MongoCollection<Document> evaluationStore() {
        return mongo.getDatabase(OcopService.EVALUATION.database()).getCollection("evaluations");
    }

    private void awaitEvaluationsCaughtUp() {
        Awaitility.await("evaluation-service caught up")
                .atMost(CONVERGE)
                .pollInterval(Duration.ofSeconds(1))
                .until(this::noLag);
    }

    private boolean noLag() {
        return lagOf("evaluation-service") == 0;
    }

    private long lagOf(String group) {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get();
            long end = 0;
            long done = 0;
            for (Map.Entry<TopicPartition, OffsetAndMetadata> e : committed.entrySet()) {
                end += admin.listOffsets(Map.of(e.getKey(), org.apache.kafka.clients.admin.OffsetSpec.latest()))
                        .partitionResult(e.getKey())
                        .get()
                        .offset();
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
        submittedEvents(ids)
                .forEach(e ->
                        byDossier.computeIfAbsent(e.key(), k -> new HashSet<>()).add(e.ceId()));
        return byDossier.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e ->
                (long) e.getValue().size()));
    }

    private Admin admin() {
        return Admin.create(harness.platform().kafkaAdminProperties());
    }

    /** As dossier-service, the only writer of ocop.dossier.events (the records below claim it as their source). */
    private KafkaProducer<String, byte[]> producer() {
        Properties p = new Properties();
        p.putAll(harness.platform().kafkaClientProperties("dossier-service"));
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    private static ProducerRecord<String, byte[]> record(
            String topic, String key, String type, String id, byte[] body) {
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
