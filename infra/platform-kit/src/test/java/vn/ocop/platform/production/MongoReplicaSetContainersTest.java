package vn.ocop.platform.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import vn.ocop.platform.config.ProductionProfile;
import vn.ocop.platform.events.OutboxEntry;
import vn.ocop.platform.messaging.AppliedEvents;
import vn.ocop.platform.outbox.AggregateWriter;
import vn.ocop.platform.outbox.OutboxProperties;
import vn.ocop.platform.outbox.OutboxRelay;
import vn.ocop.platform.outbox.RelayLock;

/**
 * What only a real three-member MongoDB replica set shows: the outbox single-document write and consumer
 * idempotency under {@code w: majority}, and that a change of primary during writes loses no acknowledged write.
 *
 * <p>The three {@code mongod}s run in one container on host ports bound to the same numbers, so that the member
 * addresses ({@code localhost:port}) mean the same inside the container and to the driver in this JVM; the test
 * therefore needs a local Docker engine. Skipped where there is none.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoReplicaSetContainersTest {

    static final String IMAGE = System.getProperty("ocop.test.mongo-image", "mongo:8.0");

    static GenericContainer<?> replicaSet;
    static MongoClient client;
    static MongoTemplate mongo;
    static AggregateWriter writer;

    @BeforeAll
    static void startReplicaSet() {
        // the members are named localhost:<port>: only a Docker engine on this machine can serve them
        String dockerHost = DockerClientFactory.instance().dockerHostIpAddress();
        Assumptions.assumeTrue(
                "localhost".equals(dockerHost) || "127.0.0.1".equals(dockerHost),
                "needs a local Docker engine, found " + dockerHost);
        List<Integer> ports = List.of(freePort(), freePort(), freePort());
        replicaSet = new GenericContainer<>(DockerImageName.parse(IMAGE))
                .withCommand("bash", "-c", script(ports))
                .withCreateContainerCmdModifier(cmd -> {
                    cmd.withExposedPorts(ports.stream().map(ExposedPort::tcp).toList());
                    cmd.getHostConfig()
                            .withPortBindings(ports.stream()
                                    .map(p -> new PortBinding(Ports.Binding.bindPort(p), ExposedPort.tcp(p)))
                                    .toList());
                });
        replicaSet.start();
        String hosts =
                String.join(",", ports.stream().map(p -> "localhost:" + p).toList());
        // the same URI shape the production profile produces from a bare MONGODB_URI
        String uri = ProductionProfile.withMajority(
                "mongodb://" + hosts + "/ocop_rs_test?replicaSet=rs0" + "&serverSelectionTimeoutMS=60000");
        client = MongoClients.create(uri);
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> primary() != null);
        mongo = new MongoTemplate(client, "ocop_rs_test");
        OutboxProperties props = new OutboxProperties(true, List.of("things"), null, null, null, null);
        OutboxRelay idleRelay = new OutboxRelay(
                mongo,
                null,
                props,
                "/ocop/rs-test",
                new RelayLock(mongo, "rs-test", Clock.systemUTC()),
                new SimpleMeterRegistry());
        writer = new AggregateWriter(mongo, idleRelay);
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (replicaSet != null) {
            replicaSet.stop();
        }
    }

    @Test
    void everyWriteAcknowledgedAroundAPrimaryStepDownIsStillThereWithItsEvent() throws Exception {
        mongo.dropCollection("things");
        String primaryBefore = primary();
        int total = 300;
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> writes = pool.submit(() -> {
                for (int i = 0; i < total; i++) {
                    String id = "thing-" + i;
                    await().atMost(Duration.ofSeconds(60))
                            .pollInterval(Duration.ofMillis(50))
                            .until(() -> insertOnce(id));
                    acknowledged.add(id);
                }
            });
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= total / 3);
            stepDownPrimary();
            writes.get(3, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }

        await().atMost(Duration.ofSeconds(60))
                .ignoreExceptions()
                .until(() -> primary() != null && !primary().equals(primaryBefore));
        assertThat(acknowledged).hasSize(total);
        List<Document> stored = mongo.find(new Query(), Document.class, "things");
        assertThat(stored).extracting(d -> d.getString("_id")).containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(stored)
                .allSatisfy(d -> assertThat(d.getList(OutboxRelay.OUTBOX_FIELD, Document.class))
                        .extracting(e -> e.getString("id"))
                        .containsExactly("event-of-" + d.getString("_id")));
    }

    @Test
    void anEventDeliveredManyTimesConcurrentlyIsAppliedOnce() throws Exception {
        mongo.dropCollection("views");
        mongo.insert(new Document("_id", "district-533").append("submitted", 0), "views");
        String eventId = "b3c1a7e2-0000-4000-8000-000000000533";
        Callable<Boolean> deliver = () -> {
            Update update = new Update().inc("submitted", 1);
            AppliedEvents.markApplied(update, eventId);
            return mongo.updateFirst(
                                    Query.query(Criteria.where("_id")
                                            .is("district-533")
                                            .andOperator(AppliedEvents.notYetApplied(eventId))),
                                    update,
                                    "views")
                            .getModifiedCount()
                    == 1;
        };
        List<Boolean> outcomes = runConcurrently(8, deliver);

        assertThat(outcomes).containsOnlyOnce(true);
        Document view = mongo.findById("district-533", Document.class, "views");
        assertThat(view.getInteger("submitted")).isEqualTo(1);
        assertThat(view.getList(AppliedEvents.FIELD, String.class)).containsExactly(eventId);
    }

    @Test
    void onlyOneOfConcurrentChangesAtTheSameVersionIsStoredWithItsEvent() throws Exception {
        mongo.dropCollection("dossiers");
        writer.insert(
                "dossiers", new Document("_id", "HS-1").append("version", 1L).append("status", "SUBMITTED"), List.of());
        AtomicInteger attempt = new AtomicInteger();
        Callable<Boolean> accept = () -> {
            int n = attempt.incrementAndGet();
            try {
                writer.update(
                        "dossiers",
                        new Document("_id", "HS-1")
                                .append("version", 2L)
                                .append("status", "ACCEPTED")
                                .append("by", "officer-" + n),
                        1L,
                        List.of(entry("accepted-" + n)));
                return true;
            } catch (OptimisticLockingFailureException lost) {
                return false;
            }
        };
        List<Boolean> outcomes = runConcurrently(6, accept);

        assertThat(outcomes).containsOnlyOnce(true);
        Document stored = mongo.findById("HS-1", Document.class, "dossiers");
        List<Document> outbox = stored.getList(OutboxRelay.OUTBOX_FIELD, Document.class);
        assertThat(outbox).hasSize(1);
        assertThat(outbox.get(0).getString("id"))
                .isEqualTo("accepted-" + stored.getString("by").substring(8));
    }

    private static boolean insertOnce(String id) {
        try {
            writer.insert(
                    "things",
                    new Document("_id", id).append("version", 1L).append("name", "Tỏi Lý Sơn"),
                    List.of(entry("event-of-" + id)));
            return true;
        } catch (DuplicateKeyException alreadyStored) {
            // the earlier attempt was stored but its acknowledgement was lost in the election
            return true;
        } catch (DataAccessException | MongoException transientFailure) {
            return false;
        }
    }

    private static OutboxEntry entry(String id) {
        return new OutboxEntry(
                id,
                "vn.ocop.test.thing-changed.v1",
                "ocop.dossier.events",
                "k",
                Instant.now(),
                "{\"name\":\"Tỏi Lý Sơn\"}",
                null);
    }

    private static void stepDownPrimary() {
        try {
            client.getDatabase("admin")
                    .runCommand(new Document("replSetStepDown", 60).append("secondaryCatchUpPeriodSecs", 10));
        } catch (MongoException connectionClosedByStepDown) {
            // older servers close the connection that asked; the election happens all the same
        }
    }

    private static String primary() {
        return client.getDatabase("admin").runCommand(new Document("hello", 1)).getString("primary");
    }

    private static <T> List<T> runConcurrently(int copies, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        try {
            List<Callable<T>> tasks = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                tasks.add(task);
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(tasks)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String script(List<Integer> ports) {
        StringBuilder s = new StringBuilder("set -e; ");
        for (int p : ports) {
            s.append("mkdir -p /data/rs")
                    .append(p)
                    .append("; mongod --replSet rs0 --bind_ip_all --port ")
                    .append(p)
                    .append(" --dbpath /data/rs")
                    .append(p)
                    .append(" --fork --logpath /data/rs")
                    .append(p)
                    .append(".log; ");
        }
        s.append("mongosh --quiet --port ")
                .append(ports.get(0))
                .append(" --eval '")
                .append("rs.initiate({_id: \"rs0\", members: [");
        for (int i = 0; i < ports.size(); i++) {
            s.append(i == 0 ? "" : ", ")
                    .append("{_id: ")
                    .append(i)
                    .append(", host: \"localhost:")
                    .append(ports.get(i))
                    .append("\"}");
        }
        s.append("]})'; tail -F /data/rs").append(ports.get(0)).append(".log");
        return s.toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
