package vn.ocop.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.client.Reply;
import vn.ocop.faults.FaultHooks;
import vn.ocop.local.EmbeddedPlatform;
import vn.ocop.local.OcopService;
import vn.ocop.local.PortPlan;

/**
 * dossier-service killed between its MongoDB write and the publish (the relay's test hook halts the
 * JVM there, like kill -9): the acknowledged change is not lost, and on restart the relay publishes
 * its event exactly once.
 */
class OutboxCrashIT {

    @TempDir
    Path dataDir;

    private EmbeddedPlatform platform;

    @AfterEach
    void stop() {
        if (platform != null) {
            platform.stop();
        }
    }

    private List<ConsumerRecord<String, byte[]>> roundEvents(String roundId) {
        return TopicReader.readAll(platform.kafkaAdminProperties(), "ocop.dossier.events").stream()
                .filter(r -> roundId.equals(r.key()))
                .toList();
    }

    @Test
    void eventOfAnAcknowledgedWriteIsPublishedOnceAfterACrashBeforePublish() {
        platform = EmbeddedPlatform.builder()
                .dataDir(dataDir)
                .ports(PortPlan.ephemeral())
                .services(OcopService.DOSSIER)
                .serviceLoaderPath(FaultHooks.location())
                .serviceEnvironment("OCOP_OUTBOX_CRASH_BEFORE_PUBLISH", "true")
                .serviceEnvironment("OCOP_OUTBOX_SWEEP_INTERVAL", "1s")
                .build();
        platform.start();
        PlatformClient api = new PlatformClient(platform);

        Reply created = api.post(
                "dossier-service",
                "/api/v1/rounds",
                "province.officer",
                "{\"year\":2020,\"number\":1,\"districtDeadline\":\"2020-04-10\",\"provinceDeadline\":\"2020-05-31\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String roundId = created.json().get("id").asString();

        // the sweep finds the pending event and the hook halts the JVM before publishing it
        await().atMost(Duration.ofSeconds(60)).until(() -> !platform.isServiceRunning("dossier-service"));
        assertThat(roundEvents(roundId)).isEmpty();

        platform.restartService("dossier-service", Map.of("OCOP_OUTBOX_CRASH_BEFORE_PUBLISH", "false"));
        await().atMost(Duration.ofSeconds(60)).until(() -> roundEvents(roundId).size() >= 1);
        // one more sweep period cannot add a second copy
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .until(() -> roundEvents(roundId).size() == 1);
        ConsumerRecord<String, byte[]> record = roundEvents(roundId).get(0);
        assertThat(TopicReader.headers(record)).containsEntry("ce_type", "vn.ocop.dossier.round-scheduled.v1");
        assertThat(api.get("dossier-service", "/api/v1/rounds/" + roundId, "province.officer")
                        .status())
                .isEqualTo(200);
    }
}
