package vn.ocop.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/** The production profile reaches Kafka only as the service's own SASL user, unless a named exception is set. */
class ProductionKafkaCheckTest {

    @Test
    void refusesToStartWithoutKafkaCredentials() {
        assertThatThrownBy(() -> ProductionKafkaCheck.require(production(Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has no SASL username and password")
                .hasMessageContaining("OCOP_KAFKA_USERNAME")
                .hasMessageContaining(ProductionKafkaCheck.EXCEPTION);
    }

    @Test
    void refusesPlaintextEvenWithCredentials() {
        assertThatThrownBy(() -> ProductionKafkaCheck.require(production(Map.of(
                        "OCOP_KAFKA_SECURITY_PROTOCOL",
                        "PLAINTEXT",
                        "OCOP_KAFKA_USERNAME",
                        "dossier-service",
                        "OCOP_KAFKA_PASSWORD",
                        "s3cret"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the outbox relay (spring.kafka) uses security.protocol PLAINTEXT")
                .hasMessageContaining("the binder uses security.protocol PLAINTEXT");
    }

    @Test
    void startsAsTheServicesOwnScramUserOverTls() {
        StandardEnvironment environment =
                production(Map.of("OCOP_KAFKA_USERNAME", "dossier-service", "OCOP_KAFKA_PASSWORD", "s3cret"));

        assertThatCode(() -> ProductionKafkaCheck.require(environment)).doesNotThrowAnyException();
        assertThat(environment.getProperty("spring.kafka.security.protocol")).isEqualTo("SASL_SSL");
        assertThat(environment.getProperty("spring.cloud.stream.kafka.binder.configuration.sasl.mechanism"))
                .isEqualTo("SCRAM-SHA-512");
        assertThat(environment.getProperty("spring.cloud.stream.kafka.binder.configuration.sasl.jaas.config"))
                .isEqualTo("org.apache.kafka.common.security.scram.ScramLoginModule required "
                        + "username=\"dossier-service\" password=\"s3cret\";");
    }

    @Test
    void theNamedExceptionLetsAnUnauthenticatedClientStart() {
        assertThatCode(() -> ProductionKafkaCheck.require(production(
                        Map.of("OCOP_KAFKA_SECURITY_PROTOCOL", "SSL", ProductionKafkaCheck.EXCEPTION, "true"))))
                .doesNotThrowAnyException();
    }

    @Test
    void theKitsDefaultsStayPlaintextForTestsOnAnInProcessBroker() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(load("ocop-platform-defaults.properties"));

        assertThat(environment.getProperty("spring.kafka.security.protocol")).isEqualTo("PLAINTEXT");
        assertThat(environment.getProperty("spring.cloud.stream.kafka.binder.configuration.security.protocol"))
                .isEqualTo("PLAINTEXT");
    }

    /** The kit's defaults, the production settings above them, and {@code variables} above both (the environment). */
    private static StandardEnvironment production(Map<String, String> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("variables", new HashMap<>(variables)));
        environment.getPropertySources().addLast(load("ocop-platform-production.properties"));
        environment.getPropertySources().addLast(load("ocop-platform-defaults.properties"));
        return environment;
    }

    private static ResourcePropertySource load(String file) {
        try {
            return new ResourcePropertySource(file, new ClassPathResource(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
