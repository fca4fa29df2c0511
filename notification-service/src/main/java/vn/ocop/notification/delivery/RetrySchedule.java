package vn.ocop.notification.delivery;

import java.time.Duration;

/**
 * How long a delivery waits after a retryable failure: exponential from {@code initialBackoff}, capped at
 * {@code maxBackoff}; after {@code maxAttempts} attempts it is failed for an operator to re-drive.
 */
public record RetrySchedule(Duration initialBackoff, double multiplier, Duration maxBackoff, int maxAttempts) {

    public RetrySchedule {
        if (maxAttempts < 1
                || multiplier < 1
                || initialBackoff.isNegative()
                || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("retry schedule out of range");
        }
    }

    /** The wait after the {@code attempts}-th failed attempt (1-based). */
    public Duration backoffAfter(int attempts) {
        double millis = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, attempts - 1));
        return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis((long) millis);
    }

    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
