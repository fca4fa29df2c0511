package vn.ocop.reporting.dashboard.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.mock.env.MockEnvironment;
import vn.ocop.platform.test.MutableClock;

/**
 * The health panel's sources are read at most every few seconds, and never while a dashboard request waits, except
 * for the very first snapshot.
 */
class PlatformHealthTest {

    private static final Instant T = Instant.parse("2026-11-29T03:00:00Z");

    private final MutableClock clock = new MutableClock(T);
    private final AtomicInteger reads = new AtomicInteger();
    private final CountDownLatch slowSources = new CountDownLatch(1);
    private final PlatformHealth health =
            new PlatformHealth(new MockEnvironment(), clock, kafkaAt("localhost:1"), List.of(), Duration.ofSeconds(1)) {
                @Override
                Snapshot read() {
                    int n = reads.incrementAndGet();
                    if (n > 1) {
                        try {
                            // the sources hang (a broker or a service that does not answer) until released
                            slowSources.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return new Snapshot((long) n, 0L, null, List.of());
                }
            };

    private static KafkaProperties kafkaAt(String bootstrap) {
        KafkaProperties kafka = new KafkaProperties();
        kafka.setBootstrapServers(List.of(bootstrap));
        return kafka;
    }

    @AfterEach
    void stop() {
        slowSources.countDown();
        health.destroy();
    }

    @Test
    void theFirstSnapshotIsReadThenReusedForThreeSeconds() {
        assertThat(health.snapshot().consumerLag()).isEqualTo(1L);
        clock.set(T.plusMillis(2999));
        assertThat(health.snapshot().consumerLag()).isEqualTo(1L);
        assertThat(reads).hasValue(1);
    }

    @Test
    void anAgedSnapshotIsGivenAtOnceWhileOneRefreshReadsTheSlowSources() throws Exception {
        health.snapshot();
        clock.set(T.plusSeconds(3));

        // were the callers to wait for the sources, these would time out
        Long first = CompletableFuture.supplyAsync(() -> health.snapshot().consumerLag())
                .get(10, TimeUnit.SECONDS);
        Long second = CompletableFuture.supplyAsync(() -> health.snapshot().consumerLag())
                .get(10, TimeUnit.SECONDS);
        assertThat(first).isEqualTo(1L);
        assertThat(second).isEqualTo(1L);
        await().atMost(Duration.ofSeconds(10)).until(() -> reads.get() == 2);

        slowSources.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> health.snapshot().consumerLag() == 2L);
        assertThat(reads).as("one refresh, not one per request").hasValue(2);
    }
}
