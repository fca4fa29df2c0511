package vn.ocop.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.local.e2e.TopicReader;

/**
 * The launcher's broker, started the launcher's way (no services): nobody writes a council's grade to
 * {@code ocop.evaluation.events} but evaluation-service — not a client without credentials, not one with a wrong
 * password, not dossier-service with its own. And a data directory whose users the broker does not know (formatted
 * before authentication) gets them on its next start, its records kept.
 */
class KafkaAuthorizationIT {

    private static final String GRADED = "vn.ocop.evaluation.district-graded.v1";

    @TempDir
    static Path dataDir;

    private static final PortPlan PORTS = PortPlan.ephemeral();
    /** One broker for the rules on a running broker; the migration test runs its own. */
    private static EmbeddedPlatform platform;

    @BeforeAll
    static void startBroker() {
        platform = brokerOnly(dataDir, PORTS);
        platform.start();
    }

    @AfterAll
    static void stopBroker() {
        if (platform != null) {
            platform.stop();
        }
    }

    @Test
    void onlyEvaluationServiceWritesTheEvaluationTopic() throws Exception {
        String dossierId = "QNg-" + UUID.randomUUID();

        Map<String, Object> anonymous = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrap());
        assertThat(sendGrade(anonymous, dossierId))
                .as("no credentials: the SASL listener never answers its requests")
                .isInstanceOf(TimeoutException.class);

        Map<String, Object> wrongPassword = new HashMap<>(platform.kafkaClientProperties("evaluation-service"));
        wrongPassword.put(
                "sasl.jaas.config",
                KafkaCredentials.jaas(KafkaCredentials.SCRAM_LOGIN, "evaluation-service", "not-the-password"));
        assertThat(sendGrade(wrongPassword, dossierId)).isInstanceOf(SaslAuthenticationException.class);

        assertThat(sendGrade(platform.kafkaClientProperties("dossier-service"), dossierId))
                .as("dossier-service authenticates but may not write another context's topic")
                .isInstanceOf(TopicAuthorizationException.class);

        assertThat(sendGrade(platform.kafkaClientProperties("evaluation-service"), dossierId))
                .as("evaluation-service writes its own topic")
                .isNull();
        assertThat(keysOn(platform, TopicPlan.EVALUATION_EVENTS))
                .as("only the record of evaluation-service")
                .containsExactly(dossierId);

        assertThatThrownBy(() -> describeQuorumAnonymously(PORTS))
                .as("the controller listener refuses anonymous clients too")
                .hasCauseInstanceOf(TimeoutException.class);
    }

    @Test
    void eachServiceIsGivenItsOwnKafkaUserOnlyAndSecretsStayPrivate() throws Exception {
        Map<String, String> environment = platform.serviceEnvironment(OcopService.DOSSIER);
        assertThat(environment)
                .containsEntry("OCOP_KAFKA_USERNAME", "dossier-service")
                .containsEntry("OCOP_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                .containsEntry("OCOP_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512");
        assertThat(platform.kafkaClientProperties("dossier-service")
                        .get("sasl.jaas.config")
                        .toString())
                .contains("password=\"" + environment.get("OCOP_KAFKA_PASSWORD") + "\"");
        for (OcopService other : List.of(OcopService.EVALUATION, OcopService.REPORTING, OcopService.NOTIFICATION)) {
            assertThat(environment.values())
                    .as("no other user's password")
                    .doesNotContain(platform.serviceEnvironment(other).get("OCOP_KAFKA_PASSWORD"));
        }
        for (String file :
                List.of("kafka-credentials.properties", "kafka-server.properties", "kafka-admin.properties")) {
            Path path = dataDir.resolve("run").resolve(file);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path)))
                    .as(file)
                    .isEqualTo("rw-------");
        }
        assertThat(Files.readString(platform.logFile("kafka"), StandardCharsets.UTF_8))
                .as("no password in the broker's log")
                .doesNotContain(environment.get("OCOP_KAFKA_PASSWORD"));
    }

    @Test
    void aDataDirectoryWithoutItsUsersGetsThemOnTheNextStart(@TempDir Path ownDir) throws Exception {
        PortPlan ownPorts = PortPlan.ephemeral();
        EmbeddedPlatform first = brokerOnly(ownDir, ownPorts);
        String before = "QNg-" + UUID.randomUUID();
        try {
            first.start();
            assertThat(sendGrade(first.kafkaClientProperties("evaluation-service"), before))
                    .isNull();
        } finally {
            first.stop();
        }
        // as a data directory formatted before the broker required authentication: its users are not in the file
        Files.delete(ownDir.resolve("run").resolve("kafka-credentials.properties"));

        EmbeddedPlatform second = brokerOnly(ownDir, ownPorts);
        try {
            second.start();
            String after = "QNg-" + UUID.randomUUID();
            assertThat(sendGrade(second.kafkaClientProperties("evaluation-service"), after))
                    .isNull();
            assertThat(sendGrade(second.kafkaClientProperties("dossier-service"), after))
                    .as("the ACLs hold as before")
                    .isInstanceOf(TopicAuthorizationException.class);
            assertThat(keysOn(second, TopicPlan.EVALUATION_EVENTS)).containsExactlyInAnyOrder(before, after);
        } finally {
            second.stop();
        }
    }

    private static EmbeddedPlatform brokerOnly(Path dir, PortPlan ports) {
        return EmbeddedPlatform.builder()
                .dataDir(dir)
                .ports(ports)
                .withoutServices()
                .tokenIssuer(false)
                .build();
    }

    /** Sends one district-graded record; the failure's cause, or null when the broker acknowledged it. */
    private static Throwable sendGrade(Map<String, Object> client, String dossierId) throws Exception {
        Map<String, Object> config = new HashMap<>(client);
        // a refused client fails within seconds instead of the producer's default two minutes
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 4_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(
                    TopicPlan.EVALUATION_EVENTS,
                    dossierId,
                    "{\"dossierId\":\"" + dossierId + "\",\"stars\":5,\"score\":99.5,\"actor\":\"nobody.forged\"}");
            record.headers().add("ce_type", GRADED.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(30, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    private static List<String> keysOn(EmbeddedPlatform on, String topic) {
        return TopicReader.readAll(on.kafkaAdminProperties(), topic).stream()
                .map(ConsumerRecord::key)
                .toList();
    }

    private static void describeQuorumAnonymously(PortPlan ports) throws Exception {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_CONTROLLERS_CONFIG, PortPlan.LOOPBACK + ":" + ports.kafkaController(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 4_000))) {
            admin.describeCluster().nodes().get(30, TimeUnit.SECONDS);
        }
    }
}
