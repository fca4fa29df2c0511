package vn.ocop.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import vn.ocop.client.Reply;
import vn.ocop.local.OcopService;

/**
 * The bad-input corpus (src/test/resources/bad-input/*.json plus {@link GeneratedBadInput}) against the real
 * services, started once: every request gets a 4xx problem+json in both languages, nothing is stored or emitted,
 * and every service stays healthy. Services whose jar is missing are left out, with a message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputCorpusIT {

    private static final List<String> CORPUS = List.of(
            "dossier-service.json", "evaluation-service.json", "reporting-service.json", "notification-service.json");
    private static final List<String> TOPICS = List.of(
            "ocop.dossier.events", "ocop.evaluation.events", "ocop.reporting.events", "ocop.notification.events");
    /** What each service lists, read before and after the corpus. */
    private static final Map<OcopService, List<String>> LISTS = Map.of(
            OcopService.DOSSIER, List.of("/api/v1/dossiers", "/api/v1/producers", "/api/v1/rounds"),
            OcopService.EVALUATION, List.of("/api/v1/evaluations", "/api/v1/councils", "/api/v1/recognition-decisions"),
            OcopService.REPORTING, List.of("/api/v1/tasks", "/api/v1/periods", "/api/v1/targets/2041"),
            OcopService.NOTIFICATION, List.of("/api/v1/contacts", "/api/v1/deliveries"));

    @TempDir
    static Path dataDir;

    private FaultHarness harness;
    private Set<OcopService> running;
    private final Map<String, String> placeholders = new LinkedHashMap<>();
    private Map<String, Long> endOffsetsBefore;
    private Map<String, String> listsBefore;

    @BeforeAll
    void startPlatformOnce() {
        running = FaultHarness.availableServices();
        EnumSet.allOf(OcopService.class).stream()
                .filter(s -> !running.contains(s))
                .forEach(missing -> System.out.println("[bad-input] SKIPPING the endpoints of " + missing.moduleName()
                        + (FaultHarness.jarOf(missing).isEmpty()
                                ? ": no jar in " + missing.moduleName() + "/target (build it with ./mvnw -pl "
                                        + missing.moduleName() + " package -DskipTests)"
                                : ": not chosen in -Docop.reliability.services")));
        harness = FaultHarness.startWhatStarts(dataDir, running);
        running = EnumSet.copyOf(withAll(running));
        running.removeIf(service -> !harness.runs(service));
        if (running.contains(OcopService.DOSSIER)) {
            DossierFlow flow = new DossierFlow(harness.api(), harness.url(OcopService.DOSSIER)).prepare();
            placeholders.put("round", flow.roundId());
            Reply draft = harness.api()
                    .post(harness.url(OcopService.DOSSIER) + "/api/v1/dossiers", DossierFlow.PRODUCER, """
                            {"roundId":"%s","producerId":"PR-4300100001","productName":"Mạch nha Mộ Đức",\
                            "productGroup":"FOOD_PROCESSED","description":"Bản nháp cho bộ dữ liệu xấu"}""".formatted(
                                    flow.roundId()));
            assertThat(draft.status()).as(draft.body()).isEqualTo(201);
            placeholders.put("draft", draft.json().get("id").asString());
        }
        // start-up work (seeded tasks, the round and draft above) must be on the topics before the baseline
        TopicLog topics = harness.topics();
        Awaitility.await("topics settle")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    Map<String, Long> first = endOffsets(topics);
                    Awaitility.await()
                            .pollDelay(Duration.ofSeconds(3))
                            .atMost(Duration.ofSeconds(4))
                            .until(() -> true);
                    return first.equals(endOffsets(topics));
                });
        endOffsetsBefore = endOffsets(topics);
        listsBefore = lists();
    }

    @AfterAll
    void stopPlatform() {
        if (harness != null) {
            harness.close();
        }
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> everyBadRequestGetsABilingualProblemWithA4xxStatus() {
        List<BadInputCase> cases = corpus();
        assertThat(cases).as("corpus size").hasSizeGreaterThanOrEqualTo(200);
        Map<BadInputCase, Reply> replies = sendAll(cases);
        return cases.stream()
                .map(c -> DynamicTest.dynamicTest(c.label() + " [" + c.source() + "]", () -> {
                    assumeTrue(
                            running.contains(c.service()),
                            c.service().moduleName()
                                    + " is not running (no jar, or it did not become ready): case skipped");
                    Reply reply = replies.get(c);
                    assertThat(reply.status())
                            .as("status of %s: %s", c.label(), abbreviated(reply))
                            .isBetween(c.minStatus(), c.maxStatus());
                    assertThat(reply.header("Content-Type"))
                            .as("Content-Type of %s: %s", c.label(), abbreviated(reply))
                            .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                    JsonNode problem = reply.json();
                    assertThat(problem.path("status").asInt())
                            .as("status in the body: %s", abbreviated(reply))
                            .isEqualTo(reply.status());
                    assertThat(problem.path("detail").asString(""))
                            .as("detail: %s", abbreviated(reply))
                            .isNotBlank();
                    assertThat(problem.path("detail_vi").asString(""))
                            .as("detail_vi: %s", abbreviated(reply))
                            .isNotBlank();
                    MalformedInputCases.expectedField(c)
                            .ifPresent(field -> assertThat(problem.path("errors")
                                            .valueStream()
                                            .map(e -> e.path("field").asString(""))
                                            .toList())
                                    .as("fields named: %s", abbreviated(reply))
                                    .contains(field));
                }));
    }

    /**
     * Every case of a running service sent on 4 client threads before any is judged: the corpus stays within a
     * few minutes on 2 shared cores, and the services see concurrent hostile input as they would in production.
     */
    private Map<BadInputCase, Reply> sendAll(List<BadInputCase> cases) {
        Map<BadInputCase, Reply> replies = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (BadInputCase c : cases) {
                if (running.contains(c.service())) {
                    sent.add(pool.submit(() -> replies.put(c, send(c.resolve(placeholders)))));
                }
            }
            for (Future<?> f : sent) {
                f.get(5, TimeUnit.MINUTES);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending the corpus", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the corpus could not be sent", e);
        } finally {
            pool.shutdownNow();
        }
        return replies;
    }

    @Test
    @Order(2)
    void nothingWasStoredOrEmittedByTheCorpus() {
        assertThat(endOffsets(harness.topics()))
                .as("end offsets of the event topics")
                .isEqualTo(endOffsetsBefore);
        assertThat(lists()).as("list endpoints").isEqualTo(listsBefore);
    }

    @Test
    @Order(3)
    void everyServiceStaysHealthyAfterTheCorpus() {
        // the probes the launcher and an orchestrator use, and the root health a monitor polls (the kit's store
        // indicator, not Boot's hello-based one, which mongo-java-server would answer DOWN)
        for (OcopService service : running) {
            for (String probe :
                    List.of("/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health")) {
                Reply health = harness.api().get(harness.managementUrl(service) + probe, null);
                assertThat(health.status())
                        .as(service.moduleName() + probe + ": " + health.body())
                        .isEqualTo(200);
                assertThat(health.json().path("status").asString()).isEqualTo("UP");
            }
        }
    }

    private Reply send(BadInputCase c) {
        String url = harness.url(c.service()) + c.path();
        String user = c.user() == null || c.user().isEmpty() ? null : c.user();
        if (c.multipart() != null) {
            return harness.api()
                    .upload(
                            url,
                            user,
                            c.multipart().fields(),
                            c.multipart().fileName(),
                            c.multipart().contentType(),
                            c.multipart().file());
        }
        return harness.api().raw(c.method(), url, user, c.headers(), c.body());
    }

    private List<BadInputCase> corpus() {
        List<BadInputCase> cases = new ArrayList<>();
        for (String file : CORPUS) {
            try (InputStream in = getClass().getResourceAsStream("/bad-input/" + file)) {
                cases.addAll(BadInputCase.parse(file, OcopApi.JSON.readTree(in)));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read bad-input/" + file, e);
            }
        }
        cases.addAll(GeneratedBadInput.all());
        cases.addAll(MalformedInputCases.all());
        return cases;
    }

    private Map<String, Long> endOffsets(TopicLog topics) {
        Map<String, Long> offsets = new LinkedHashMap<>();
        TOPICS.forEach(topic -> offsets.put(topic, topics.endOffsetSum(topic)));
        return offsets;
    }

    private Map<String, String> lists() {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (OcopService service : running) {
            for (String path : LISTS.getOrDefault(service, List.of())) {
                Reply reply = harness.api().get(harness.url(service) + path, DossierFlow.PROVINCE);
                bodies.put(service.moduleName() + path, reply.status() + " " + reply.body());
            }
        }
        return bodies;
    }

    private static String abbreviated(Reply reply) {
        String text = reply.toString();
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }

    private static Set<OcopService> withAll(Set<OcopService> services) {
        return services.isEmpty() ? EnumSet.noneOf(OcopService.class) : services;
    }
}
