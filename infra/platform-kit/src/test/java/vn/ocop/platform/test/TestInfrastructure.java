package vn.ocop.platform.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import vn.ocop.devidentity.DevTokenIssuer;
import vn.ocop.platform.messaging.EventSources;

/**
 * One real Kafka broker (KRaft, in-process), one MongoDB-wire server and one development token
 * issuer per test JVM, shared by every Spring test context so that contexts stay cheap.
 */
public final class TestInfrastructure {

    public static final String[] TOPICS = {
        "ocop.dossier.events", "ocop.evaluation.events", "ocop.reporting.events", "ocop.notification.events"
    };

    private static EmbeddedKafkaKraftBroker kafka;
    private static MongoServer mongo;
    private static InetSocketAddress mongoAddress;
    private static DevTokenIssuer issuer;

    private TestInfrastructure() {}

    public static synchronized void start() {
        if (kafka != null) {
            return;
        }
        kafka = new EmbeddedKafkaKraftBroker(1, 6, TOPICS);
        kafka.afterPropertiesSet();
        mongo = new MongoServer(new MemoryBackend());
        mongoAddress = mongo.bind();
        issuer = DevTokenIssuer.start(0);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            issuer.stop();
            mongo.shutdownNow();
            kafka.destroy();
        }));
    }

    /** Points a Spring test context at the shared infrastructure, with its own database. */
    public static void register(DynamicPropertyRegistry r, String database) {
        start();
        r.add("spring.mongodb.uri", () -> mongoUri(database));
        r.add("spring.kafka.bootstrap-servers", TestInfrastructure::bootstrap);
        r.add("spring.cloud.stream.kafka.binder.brokers", TestInfrastructure::bootstrap);
        r.add("ocop.security.jwks-uri", issuer::jwksUri);
        r.add("ocop.security.issuer", issuer::issuer);
        r.add("management.server.port", () -> "0");
    }

    public static String bootstrap() {
        start();
        return kafka.getBrokersAsString();
    }

    public static String mongoUri(String database) {
        start();
        return "mongodb://" + mongoAddress.getHostString() + ":" + mongoAddress.getPort() + "/" + database;
    }

    public static DevTokenIssuer issuer() {
        start();
        return issuer;
    }

    public static String token(String demoUser) {
        return issuer().tokenFor(demoUser);
    }

    /** Sends a raw record, as another service (or an attacker) would put it on a topic. */
    public static void send(String topic, String key, String body, Map<String, String> headers) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
            ProducerRecord<String, byte[]> rec =
                    new ProducerRecord<>(topic, key, body.getBytes(StandardCharsets.UTF_8));
            headers.forEach((k, v) -> rec.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(rec).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Standard CloudEvents headers for a record of the given type, from the type's own service (the only source a
     * consumer accepts on that context's topic).
     */
    public static Map<String, String> ceHeaders(String type, String subject) {
        return Map.of(
                "ce_specversion",
                "1.0",
                "ce_id",
                UUID.randomUUID().toString(),
                "ce_type",
                type,
                "ce_source",
                EventSources.ownerOfType(type),
                "ce_time",
                java.time.Instant.now().toString(),
                "ce_subject",
                subject,
                "content-type",
                "application/json");
    }

    /** Every record now on the topic, read from offset 0 by a plain consumer (not the app's). */
    public static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> parts = consumer.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition()))
                    .toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts);
            while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    public static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
