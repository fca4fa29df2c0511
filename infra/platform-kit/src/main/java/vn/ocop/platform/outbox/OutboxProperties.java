package vn.ocop.platform.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * Outbox relay settings ({@code ocop.outbox.*}).
 *
 * @param enabled             whether this instance relays at all
 * @param collections         the MongoDB collections whose documents carry an {@code outbox} array
 * @param sweepInterval       how often the relay scans for entries left behind (after a crash or a failed publish)
 * @param sendTimeout         how long one batch may wait for Kafka's acknowledgement before it is retried later
 * @param batchSize           documents per sweep batch
 * @param crashBeforePublish  test hook for the fault harness: halt the JVM (like kill -9) when the sweep is about
 *                            to publish, i.e. after the state write and before the publish
 */
@ConfigurationProperties("ocop.outbox")
public record OutboxProperties(Boolean enabled, List<String> collections, Duration sweepInterval,
                               Duration sendTimeout, Integer batchSize, Boolean crashBeforePublish) {

    public OutboxProperties {
        enabled = enabled == null || enabled;
        collections = collections == null ? List.of() : List.copyOf(collections);
        sweepInterval = sweepInterval == null ? Duration.ofMillis(500) : sweepInterval;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        batchSize = batchSize == null ? 500 : batchSize;
        crashBeforePublish = crashBeforePublish != null && crashBeforePublish;
    }
}
