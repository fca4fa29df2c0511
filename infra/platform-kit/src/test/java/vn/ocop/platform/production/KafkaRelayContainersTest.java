package vn.ocop.platform.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.platform.events.EventFactory;
import vn.ocop.platform.events.OutboxEntry;
import vn.ocop.platform.outbox.AggregateWriter;
import vn.ocop.platform.outbox.OutboxProperties;
import vn.ocop.platform.outbox.OutboxRelay;
import vn.ocop.platform.outbox.RelayLock;

/**
 * The relay against a real Kafka broker image (the version the production cluster runs) and a real MongoDB: what
 * the outbox holds reaches the topic with its CloudEvents headers, is read back by a {@code read_committed}
 * consumer, and leaves the outbox only once the broker acknowledged it. Skipped where there is no Docker engine.
 */
@Testcontainers(disabledWithoutDocker = true)
class KafkaRelayContainersTest {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer(
                    System.getProperty("ocop.test.kafka-image", "apache/kafka:4.1.2"))
            .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");

    @Container
    static final MongoDBContainer MONGO =
            new MongoDBContainer(System.getProperty("ocop.test.mongo-image", "mongo:8.0"));

    static MongoClient client;
    static MongoTemplate mongo;
    static KafkaTemplate<String, byte[]> kafka;
    static OutboxRelay relay;
    static AggregateWriter writer;
    static EventFactory events;

    @BeforeAll
    static void wire() {
        client = MongoClients.create(MONGO.getReplicaSetUrl("ocop_relay_test"));
        mongo = new MongoTemplate(client, "ocop_relay_test");
        Map<String, Object> producer = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KAFKA.getBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                // a missing topic must fail the send quickly so the test sees the entry stay pending
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                2000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                5000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                3000);
        kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer));
        OutboxProperties props =
                new OutboxProperties(true, List.of("things"), Duration.ofMillis(200), Duration.ofSeconds(5), 100, null);
        relay = new OutboxRelay(
                mongo,
                kafka,
                props,
                "/ocop/kit-test",
                new RelayLock(mongo, "relay-test", Clock.systemUTC()),
                new SimpleMeterRegistry());
        writer = new AggregateWriter(mongo, relay);
        events = new EventFactory(JsonMapper.builder().build(), Clock.systemUTC(), null);
    }

    @AfterAll
    static void close() {
        if (kafka != null) {
            kafka.destroy();
        }
        if (client != null) {
            client.close();
        }
    }

    @Test
    void relayPublishesTheOutboxWithCloudEventHeadersInOrderAndEmptiesIt() {
        String topic = createTopic("ocop.dossier.events." + UUID.randomUUID());
        String id = "HS-" + UUID.randomUUID();
        OutboxEntry submitted = events.create(
                topic,
                "vn.ocop.dossier.submitted.v1",
                id,
                Map.of("dossierId", id, "version", 1, "productName", "Tỏi Lý Sơn"));
        OutboxEntry accepted = events.create(
                topic,
                "vn.ocop.dossier.accepted.v1",
                id,
                Map.of("dossierId", id, "version", 2, "productName", "Tỏi Lý Sơn"));
        writer.insert("things", new Document("_id", id).append("version", 2L), List.of(submitted, accepted));

        relay.sweep();

        List<ConsumerRecord<String, byte[]>> records = readCommitted(topic, 2);
        assertThat(records).extracting(r -> header(r, "ce_id")).containsExactly(submitted.id(), accepted.id());
        assertThat(records)
                .extracting(r -> header(r, "ce_type"))
                .containsExactly("vn.ocop.dossier.submitted.v1", "vn.ocop.dossier.accepted.v1");
        ConsumerRecord<String, byte[]> first = records.get(0);
        assertThat(first.key()).isEqualTo(id);
        assertThat(header(first, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(first, "ce_source")).isEqualTo("/ocop/kit-test");
        assertThat(header(first, "ce_subject")).isEqualTo(id);
        assertThat(header(first, "content-type")).isEqualTo("application/json");
        // MongoDB keeps milliseconds: the header carries the change's time as stored
        assertThat(Instant.parse(header(first, "ce_time")))
                .isEqualTo(submitted.time().truncatedTo(ChronoUnit.MILLIS));
        assertThat(new String(first.value(), StandardCharsets.UTF_8)).isEqualTo(submitted.payload());
        assertThat(pendingIn(id)).isEmpty();
    }

    @Test
    void anEntryTheBrokerDidNotAcknowledgeStaysInTheOutboxUntilAPublishSucceeds() {
        String topic = "ocop.late.events." + UUID.randomUUID();
        String id = "HS-" + UUID.randomUUID();
        OutboxEntry entry = events.create(topic, "vn.ocop.dossier.submitted.v1", id, Map.of("dossierId", id));
        writer.insert("things", new Document("_id", id).append("version", 1L), List.of(entry));

        sweepAsTheSchedulerDoes();
        assertThat(pendingIn(id)).containsExactly(entry.id());

        createTopic(topic);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            sweepAsTheSchedulerDoes();
            return pendingIn(id).isEmpty();
        });
        assertThat(readCommitted(topic, 1)).extracting(r -> header(r, "ce_id")).containsExactly(entry.id());
    }

    private static void sweepAsTheSchedulerDoes() {
        try {
            relay.sweep();
        } catch (RuntimeException leftPending) {
            // the scheduled sweep logs and retries; so does this test
        }
    }

    private static List<String> pendingIn(String id) {
        Document doc = mongo.findById(id, Document.class, "things");
        return doc.getList(OutboxRelay.OUTBOX_FIELD, Document.class).stream()
                .map(e -> e.getString("id"))
                .toList();
    }

    private static String createTopic(String name) {
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(name, 6, (short) 1))).all().get();
            return name;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the topic from the start as the services do in production: only committed records. */
    private static List<ConsumerRecord<String, byte[]>> readCommitted(String topic, int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> parts = consumer.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition()))
                    .toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
                return out.size() >= expected;
            });
        }
        return out;
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
