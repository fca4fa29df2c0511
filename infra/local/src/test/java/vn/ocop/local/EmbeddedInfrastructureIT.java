package vn.ocop.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The infrastructure half of the platform (broker, MongoDB, SMTP, token issuer) started for real, stopped, and
 * started again from the same data directory; then the broker is killed with SIGKILL and restarted.
 */
class EmbeddedInfrastructureIT {

    @TempDir
    Path dataDir;

    private EmbeddedPlatform platform;

    @AfterEach
    void stopPlatform() {
        if (platform != null) {
            platform.stop();
        }
    }

    @Test
    void keepsEventsAndDocumentsAcrossRestartAndBrokerCrash() throws Exception {
        PortPlan ports = PortPlan.ephemeral();
        String dossierId = "QNg-" + UUID.randomUUID();
        String productName = "Nước mắm Sa Huỳnh";

        platform = infrastructureOnly(ports);
        platform.start();
        int[] infrastructurePorts = {
            ports.kafka(), ports.kafkaController(), ports.mongo(), ports.smtp(), ports.tokenIssuer()
        };
        assertThat(NetworkExposure.notListeningOnLoopback(infrastructurePorts)).isEmpty();
        assertThat(NetworkExposure.reachableFromTheNetwork(infrastructurePorts))
                .as("broker, store, SMTP and token issuer listen on loopback only")
                .isEmpty();
        assertPlannedTopicsExist();
        produce(dossierId, "{\"productName\":\"" + productName + "\"}");
        try (MongoClient client = MongoClients.create(platform.mongoUri("ocop_dossier"))) {
            dossiers(client).insertOne(new Document("_id", dossierId).append("productName", productName));
        }
        String signingKeys = get(platform.tokenIssuer().jwksUri());
        assertThat(signingKeys).contains("\"keys\"");
        sendMail("phongnn@quangngai.gov.vn", "Hồ sơ đã nộp");
        assertThat(platform.receivedMail()).extracting(MimeMessage::getSubject).containsExactly("Hồ sơ đã nộp");
        platform.stop();

        platform = infrastructureOnly(ports);
        platform.start();
        assertThat(consumeFromStart()).containsExactly(dossierId);
        try (MongoClient client = MongoClients.create(platform.mongoUri("ocop_dossier"))) {
            Document stored =
                    dossiers(client).find(new Document("_id", dossierId)).first();
            assertThat(stored).isNotNull();
            assertThat(stored.getString("productName")).isEqualTo(productName);
        }

        assertThat(get(platform.tokenIssuer().jwksUri()))
                .as("tokens minted before the restart still verify: same signing key")
                .isEqualTo(signingKeys);

        platform.killBroker();
        assertThat(platform.isBrokerRunning()).isFalse();
        platform.restartBroker();
        assertThat(consumeFromStart()).containsExactly(dossierId);

        String brokerLog = Files.readString(platform.logFile("kafka"), StandardCharsets.UTF_8);
        assertThat(brokerLog)
                .as("the broker's slf4j binding writes its logs to kafka.log")
                .contains("Kafka Server started")
                .doesNotContain("NOP logger", "No SLF4J providers");
    }

    private EmbeddedPlatform infrastructureOnly(PortPlan ports) {
        return EmbeddedPlatform.builder()
                .dataDir(dataDir)
                .ports(ports)
                .withoutServices()
                .build();
    }

    private void assertPlannedTopicsExist() throws Exception {
        try (Admin admin = Admin.create(platform.kafkaAdminProperties())) {
            List<String> names =
                    TopicPlan.all().stream().map(TopicPlan.Topic::name).toList();
            Map<String, TopicDescription> described =
                    admin.describeTopics(names).allTopicNames().get();
            for (TopicPlan.Topic topic : TopicPlan.all()) {
                assertThat(described.get(topic.name()).partitions())
                        .as(topic.name())
                        .hasSize(topic.partitions());
            }
        }
    }

    private void produce(String key, String value) throws Exception {
        Map<String, Object> config = new HashMap<>(platform.kafkaClientProperties("dossier-service"));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TopicPlan.DOSSIER_EVENTS, key, value))
                    .get();
        }
    }

    /** Reads ocop.dossier.events from the beginning with a fresh group until the end offsets are reached. */
    private List<String> consumeFromStart() {
        Map<String, Object> config = new HashMap<>(platform.kafkaAdminProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> keys = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(Set.of(TopicPlan.DOSSIER_EVENTS));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    keys.add(record.key());
                }
                return caughtUp(consumer);
            });
        }
        return keys;
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer) {
        Set<TopicPartition> assigned = consumer.assignment();
        if (assigned.size() != TopicPlan.EVENT_PARTITIONS) {
            return false;
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(assigned);
        return assigned.stream().allMatch(partition -> consumer.position(partition) >= ends.get(partition));
    }

    private static MongoCollection<Document> dossiers(MongoClient client) {
        return client.getDatabase("ocop_dossier").getCollection("dossiers");
    }

    private static String get(String uri) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private void sendMail(String to, String subject) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", PortPlan.LOOPBACK);
        properties.put("mail.smtp.port", String.valueOf(platform.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("ocop@quangngai.gov.vn"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setText("Nội dung", "UTF-8");
        Transport.send(message);
    }
}
