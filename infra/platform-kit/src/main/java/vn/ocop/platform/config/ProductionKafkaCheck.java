package vn.ocop.platform.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.core.env.Environment;

/**
 * The production profile's rule for Kafka: every client of the service (the outbox relay's producer and the admin
 * clients built from {@code spring.kafka.*}, and the binder's consumers and DLQ producers) authenticates with SASL
 * under the service's own user, so that the brokers' ACLs can hold it to its own topic. Anything else stops the
 * start, unless {@value #EXCEPTION} is set for a documented exception (docs/security.md "Kafka").
 */
final class ProductionKafkaCheck {

    static final String EXCEPTION = "ocop.production.allow-unauthenticated-kafka";
    private static final Pattern EMPTY_CREDENTIAL = Pattern.compile("(username|password)\\s*=\\s*\"\\s*\"");

    private ProductionKafkaCheck() {}

    static void require(Environment environment) {
        if (environment.getProperty(EXCEPTION, Boolean.class, false)) {
            return;
        }
        List<String> problems = new ArrayList<>();
        check(environment, "spring.kafka.", "spring.kafka.properties.", "the outbox relay (spring.kafka)", problems);
        check(
                environment,
                "spring.cloud.stream.kafka.binder.configuration.",
                "spring.cloud.stream.kafka.binder.configuration.",
                "the binder",
                problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Profile 'production' refuses to reach Kafka without authentication: "
                    + String.join("; ", problems) + ". Give the service its own Kafka user: OCOP_KAFKA_USERNAME and "
                    + "OCOP_KAFKA_PASSWORD (SASL SCRAM-SHA-512, OCOP_KAFKA_SECURITY_PROTOCOL=SASL_SSL, or "
                    + "SASL_PLAINTEXT on a closed network). Only for a documented exception (the brokers "
                    + "authenticate clients another way, e.g. mTLS set through spring.kafka.ssl.*) set " + EXCEPTION
                    + "=true (OCOP_PRODUCTION_ALLOW_UNAUTHENTICATED_KAFKA); see docs/security.md \"Kafka\".");
        }
    }

    private static void check(
            Environment environment, String protocolPrefix, String saslPrefix, String client, List<String> problems) {
        String protocol = environment
                .getProperty(protocolPrefix + "security.protocol", "PLAINTEXT")
                .trim();
        if (!protocol.startsWith("SASL_")) {
            problems.add(client + " uses security.protocol " + protocol);
            return;
        }
        String jaas = environment.getProperty(saslPrefix + "sasl.jaas.config", "");
        if (jaas.isBlank() || EMPTY_CREDENTIAL.matcher(jaas).find()) {
            problems.add(client + " has no SASL username and password");
        }
    }
}
