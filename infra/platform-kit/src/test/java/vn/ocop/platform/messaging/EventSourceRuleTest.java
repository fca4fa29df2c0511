package vn.ocop.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.json.JsonMapper;

/** A consumer accepts a record only from the service that owns the topic it was read from. */
class EventSourceRuleTest {

    private static final String GRADED = "vn.ocop.evaluation.district-graded.v1";

    record Graded(@NotBlank String dossierId) {}

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final jakarta.validation.ValidatorFactory validation = Validation.buildDefaultValidatorFactory();
    private final EventRouters routers = new EventRouters(
            JsonMapper.builder().build(),
            validation.getValidator(),
            new StoreOutageRetry(Duration.ofSeconds(1), meters),
            meters,
            new MockEnvironment()
                    .withProperty(
                            "spring.cloud.stream.bindings.evaluationEvents-in-0.destination",
                            "ocop.evaluation.events"));
    private final List<String> applied = new ArrayList<>();
    private final EventRouter router = routers.forBinding("evaluationEvents-in-0")
            .on(GRADED, Graded.class, (event, body) -> applied.add(body.dossierId()))
            .ignore("vn.ocop.evaluation.recognition-expiring.v1");

    @AfterEach
    void close() {
        validation.close();
    }

    @Test
    void eachTopicIsOwnedByTheServiceOfItsContext() {
        assertThat(EventSources.ownerOfTopic("ocop.dossier.events")).isEqualTo("/ocop/dossier-service");
        assertThat(EventSources.ownerOfTopic("ocop.evaluation.events")).isEqualTo("/ocop/evaluation-service");
        assertThat(EventSources.ownerOfTopic("ocop.reporting.events")).isEqualTo("/ocop/reporting-service");
        assertThat(EventSources.ownerOfTopic("ocop.notification.events")).isEqualTo("/ocop/notification-service");
        assertThat(EventSources.ownerOfType(GRADED)).isEqualTo("/ocop/evaluation-service");
        assertThat(EventSources.ofApplication("evaluation-service")).isEqualTo("/ocop/evaluation-service");
        assertThatThrownBy(() -> EventSources.ownerOfTopic("ocop.evaluation.events.dossier-service.dlq"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void appliesARecordFromTheTopicsOwner() {
        router.accept(record(GRADED, "/ocop/evaluation-service", "QNg-1"));

        assertThat(applied).containsExactly("QNg-1");
        assertThat(deadLettered(EventRouter.FORGED_SOURCE)).isZero();
    }

    @Test
    void dropsARecordWhoseSourceIsNotTheTopicsOwnerAndCountsIt() {
        assertThatThrownBy(() -> router.accept(record(GRADED, "/ocop/nobody", "QNg-2")))
                .isInstanceOf(PoisonMessageException.class)
                .hasMessageContaining("/ocop/nobody")
                .hasMessageContaining("/ocop/evaluation-service");
        // another service is no better than nobody: dossier-service does not write ocop.evaluation.events
        assertThatThrownBy(() -> router.accept(record(GRADED, "/ocop/dossier-service", "QNg-3")))
                .isInstanceOf(PoisonMessageException.class);

        assertThat(applied).isEmpty();
        assertThat(deadLettered(EventRouter.FORGED_SOURCE)).isEqualTo(2.0);
        assertThat(deadLettered(EventRouter.UNPROCESSABLE)).isZero();
    }

    @Test
    void dropsAForgedRecordEvenOfATypeTheConsumerIgnores() {
        assertThatThrownBy(() ->
                        router.accept(record("vn.ocop.evaluation.recognition-expiring.v1", "/ocop/test", "QNg-4")))
                .isInstanceOf(PoisonMessageException.class);

        assertThat(deadLettered(EventRouter.FORGED_SOURCE)).isEqualTo(1.0);
    }

    @Test
    void otherPoisonIsCountedUnderItsOwnReason() {
        assertThatThrownBy(() ->
                        router.accept(record("vn.ocop.evaluation.teleported.v1", "/ocop/evaluation-service", "QNg-5")))
                .isInstanceOf(PoisonMessageException.class);

        assertThat(deadLettered(EventRouter.UNPROCESSABLE)).isEqualTo(1.0);
        assertThat(deadLettered(EventRouter.FORGED_SOURCE)).isZero();
    }

    @Test
    void aBindingWithoutItsTopicDoesNotStart() {
        assertThatThrownBy(() -> routers.forBinding("dossierEvents-in-0"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.cloud.stream.bindings.dossierEvents-in-0.destination");
    }

    private double deadLettered(String reason) {
        var counter = meters.find(EventRouter.DEAD_LETTERED)
                .tag("binding", "evaluationEvents-in-0")
                .tag("reason", reason)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static Message<byte[]> record(String type, String source, String dossierId) {
        return MessageBuilder.withPayload(("{\"dossierId\":\"" + dossierId + "\"}").getBytes(StandardCharsets.UTF_8))
                .setHeader("ce_specversion", "1.0")
                .setHeader("ce_id", UUID.randomUUID().toString())
                .setHeader("ce_type", type)
                .setHeader("ce_source", source)
                .setHeader("ce_time", Instant.parse("2020-04-01T02:00:00Z").toString())
                .setHeader("ce_subject", dossierId)
                .setHeader("content-type", "application/json")
                .build();
    }
}
