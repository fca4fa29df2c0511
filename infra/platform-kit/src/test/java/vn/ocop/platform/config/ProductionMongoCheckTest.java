package vn.ocop.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The production profile reaches MongoDB only as the service's own user and over TLS, unless TLS is waived by name. */
class ProductionMongoCheckTest {

    private static final String HOSTS = "mongo-1:27017,mongo-2:27017,mongo-3:27017";
    private static final String PASSWORD = "s3cret-Do-Not-Log";

    @Test
    void refusesToStartWithoutCredentialsInTheUri() {
        assertThatThrownBy(() -> start("mongodb://" + HOSTS + "/ocop_dossier?replicaSet=rs0&tls=true", Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MONGODB_URI has no user")
                .hasMessageContaining("spring.mongodb.username is ignored");
    }

    @Test
    void usernameBesideAUriIsNotTakenForCredentials() {
        // Boot ignores spring.mongodb.username when spring.mongodb.uri is set: the service would connect anonymously
        assertThatThrownBy(() -> start(
                        "mongodb://" + HOSTS + "/ocop_dossier?replicaSet=rs0&tls=true",
                        Map.of("spring.mongodb.username", "dossier-service", "spring.mongodb.password", PASSWORD)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MONGODB_URI has no user");
    }

    @Test
    void refusesToStartWithoutTlsNamingTheSettingAndNeverThePassword() {
        assertThatThrownBy(() -> start(
                        "mongodb://dossier-service:" + PASSWORD + "@" + HOSTS + "/ocop_dossier?replicaSet=rs0",
                        Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tls=true")
                .hasMessageContaining(ProductionMongoCheck.EXCEPTION)
                .hasMessageContaining("OCOP_PRODUCTION_ALLOW_MONGODB_WITHOUT_TLS")
                .hasMessageNotContaining(PASSWORD);
    }

    @Test
    void refusesAnExplicitTlsFalse() {
        assertThatThrownBy(() -> start(
                        "mongodb://dossier-service:" + PASSWORD + "@" + HOSTS
                                + "/ocop_dossier?replicaSet=rs0&ssl=false",
                        Map.of()))
                .hasMessageContaining("does not ask for TLS");
    }

    @Test
    void startsAsTheServicesOwnUserOverTls() {
        StandardEnvironment environment = start(
                "mongodb://dossier-service:" + PASSWORD + "@" + HOSTS + "/ocop_dossier?replicaSet=rs0&tls=true",
                Map.of());
        assertThat(environment.getProperty("spring.mongodb.uri"))
                .contains("tls=true")
                .contains("w=majority");
        assertThatCode(() -> start(
                        "mongodb://dossier-service:" + PASSWORD + "@" + HOSTS + "/ocop_dossier?replicaSet=rs0&ssl=true",
                        Map.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void tlsMayComeFromBootsSslSettingsOrAnSrvUri() {
        String plain = "mongodb://dossier-service:" + PASSWORD + "@" + HOSTS + "/ocop_dossier?replicaSet=rs0";
        assertThatCode(() -> start(plain, Map.of("spring.mongodb.ssl.enabled", "true")))
                .doesNotThrowAnyException();
        assertThatCode(() -> start(plain, Map.of("spring.mongodb.ssl.bundle", "mongo")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> start(
                        plain, Map.of("spring.mongodb.ssl.bundle", "mongo", "spring.mongodb.ssl.enabled", "false")))
                .hasMessageContaining("does not ask for TLS");
        // mongodb+srv:// turns TLS on unless the URI says tls=false
        assertThatCode(() -> start(
                        "mongodb+srv://dossier-service:" + PASSWORD + "@rs.data.example.invalid/ocop_dossier",
                        Map.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void theNamedExceptionWaivesTlsButNeverCredentials() {
        Map<String, String> waived = Map.of(ProductionMongoCheck.EXCEPTION, "true");
        assertThatCode(() -> start(
                        "mongodb://dossier-service:" + PASSWORD + "@" + HOSTS + "/ocop_dossier?replicaSet=rs0", waived))
                .doesNotThrowAnyException();
        assertThatCode(() -> start(
                        "mongodb://dossier-service:" + PASSWORD + "@" + HOSTS + "/ocop_dossier?replicaSet=rs0",
                        Map.of("OCOP_PRODUCTION_ALLOW_MONGODB_WITHOUT_TLS", "true")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> start("mongodb://" + HOSTS + "/ocop_dossier?replicaSet=rs0", waived))
                .hasMessageContaining("MONGODB_URI has no user");
    }

    @Test
    void withoutTheProductionProfileTheEmbeddedStoreNeedsNeither() {
        StandardEnvironment environment = environment("mongodb://127.0.0.1:27018/ocop_dossier", Map.of());
        assertThatCode(() -> postProcess(environment)).doesNotThrowAnyException();
        assertThat(environment.getProperty("spring.mongodb.uri")).isEqualTo("mongodb://127.0.0.1:27018/ocop_dossier");
    }

    /** The environment of a start with profile production and the given MONGODB_URI, after the kit's processors. */
    private static StandardEnvironment start(String mongoUri, Map<String, String> variables) {
        StandardEnvironment environment = environment(mongoUri, variables);
        environment.setActiveProfiles(ProductionProfile.PROFILE);
        postProcess(environment);
        return environment;
    }

    /** The kit's post-processors in their spring.factories order, as Spring Boot runs them at start. */
    private static void postProcess(StandardEnvironment environment) {
        new PlatformDefaults().postProcessEnvironment(environment, null);
        new ProductionProfile().postProcessEnvironment(environment, null);
    }

    private static StandardEnvironment environment(String mongoUri, Map<String, String> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("MONGODB_URI", mongoUri);
        // Kafka is another check's business (ProductionKafkaCheckTest): give it the service's own SASL user
        all.put("OCOP_KAFKA_USERNAME", "dossier-service");
        all.put("OCOP_KAFKA_PASSWORD", "kafka-secret");
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("variables", all));
        return environment;
    }
}
