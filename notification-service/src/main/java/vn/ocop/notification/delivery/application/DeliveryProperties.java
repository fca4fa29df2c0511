package vn.ocop.notification.delivery.application;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.ocop.notification.delivery.RetrySchedule;

/**
 * {@code ocop.notification.delivery.*}: the queue's pace and retry budget.
 *
 * @param pollInterval   how often the sender looks for due deliveries
 * @param batchSize      due deliveries one queue scan lists; a poll repeats scans while they come back full, so
 *                       this bounds the work per scan, not per poll
 * @param claimLease     how long a claimed delivery is reserved for the claiming instance (longer than one send)
 * @param maxAttempts    queue attempts before a delivery is FAILED (each attempt already includes the channel's
 *                       in-process retries)
 * @param initialBackoff wait after the first failed attempt
 * @param multiplier     growth of the wait
 * @param maxBackoff     ceiling of the wait
 */
@ConfigurationProperties("ocop.notification.delivery")
public record DeliveryProperties(
        Duration pollInterval,
        Integer batchSize,
        Duration claimLease,
        Integer maxAttempts,
        Duration initialBackoff,
        Double multiplier,
        Duration maxBackoff) {

    public DeliveryProperties {
        pollInterval = Objects.requireNonNullElse(pollInterval, Duration.ofSeconds(1));
        batchSize = Objects.requireNonNullElse(batchSize, 100);
        if (batchSize < 1) {
            // a scan limited to 0 would list the whole queue, and a poll would never see a short batch
            throw new IllegalArgumentException("ocop.notification.delivery.batch-size must be at least 1");
        }
        claimLease = Objects.requireNonNullElse(claimLease, Duration.ofMinutes(2));
        maxAttempts = Objects.requireNonNullElse(maxAttempts, 8);
        initialBackoff = Objects.requireNonNullElse(initialBackoff, Duration.ofSeconds(30));
        multiplier = Objects.requireNonNullElse(multiplier, 2.0);
        maxBackoff = Objects.requireNonNullElse(maxBackoff, Duration.ofMinutes(30));
    }

    public RetrySchedule schedule() {
        return new RetrySchedule(initialBackoff, multiplier, maxBackoff, maxAttempts);
    }
}
