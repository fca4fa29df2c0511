package vn.ocop.platform.outbox;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outbox relay settings ({@code ocop.outbox.*}).
 *
 * @param enabled             whether this instance relays at all
 * @param collections         the MongoDB collections whose documents carry an {@code outbox} array
 * @param sweepInterval       how often the relay scans for entries left behind (after a crash or a failed publish)
 *                            while the last scan found some
 * @param sendTimeout         how long one batch may wait for Kafka's acknowledgement before it is retried later
 * @param batchSize           documents per sweep batch
 * @param idleSweepInterval   how often it scans while the last scan found nothing (the usual state: the fast path
 *                            publishes every event at once). A scan reads the whole collection on stores without a
 *                            usable index, so this bounds what the safety net costs; it is also how long, at most,
 *                            events of a crashed instance wait past the grace period. Never shorter than
 *                            {@code sweepInterval}
 */
@ConfigurationProperties("ocop.outbox")
public record OutboxProperties(
        Boolean enabled,
        List<String> collections,
        Duration sweepInterval,
        Duration sendTimeout,
        Integer batchSize,
        Duration idleSweepInterval) {

    public OutboxProperties {
        enabled = enabled == null || enabled;
        collections = collections == null ? List.of() : List.copyOf(collections);
        sweepInterval = sweepInterval == null ? Duration.ofMillis(500) : sweepInterval;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        batchSize = batchSize == null ? 500 : batchSize;
        idleSweepInterval = idleSweepInterval == null ? Duration.ofSeconds(5) : idleSweepInterval;
        if (idleSweepInterval.compareTo(sweepInterval) < 0) {
            idleSweepInterval = sweepInterval;
        }
    }
}
