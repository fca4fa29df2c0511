package vn.ocop.notification.channel.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * Resilience settings of one channel. Defaults suit a brandname gateway: a handful of quick retries, a breaker that
 * opens when half of the last 20 calls failed and probes again after a minute, and a send rate well below what the
 * providers throttle at.
 *
 * @param maxAttempts               attempts per send, the first included (1 disables retry)
 * @param initialBackoff            wait before the second attempt
 * @param backoffMultiplier         growth of the wait between attempts
 * @param maxBackoff                ceiling of the wait
 * @param failureRateThreshold      percentage of failed calls in the window that opens the circuit
 * @param slidingWindowSize         calls the failure rate is computed over
 * @param minimumNumberOfCalls      calls needed before the rate counts
 * @param openStateWait             how long an open circuit fails fast before letting probes through
 * @param halfOpenCalls             probe calls allowed while half-open
 * @param callTimeout               ceiling of one attempt (time limiter; keep above the HTTP read timeout)
 * @param rateLimitPerPeriod        sends allowed per refresh period
 * @param rateLimitPeriod           the refresh period
 * @param rateLimitWait             how long a send may wait for a permit before giving up as RETRYABLE
 */
public record ChannelPolicy(
        Integer maxAttempts,
        Duration initialBackoff,
        Double backoffMultiplier,
        Duration maxBackoff,
        Float failureRateThreshold,
        Integer slidingWindowSize,
        Integer minimumNumberOfCalls,
        Duration openStateWait,
        Integer halfOpenCalls,
        Duration callTimeout,
        Integer rateLimitPerPeriod,
        Duration rateLimitPeriod,
        Duration rateLimitWait) {

    public ChannelPolicy {
        maxAttempts = Objects.requireNonNullElse(maxAttempts, 4);
        initialBackoff = Objects.requireNonNullElse(initialBackoff, Duration.ofMillis(500));
        backoffMultiplier = Objects.requireNonNullElse(backoffMultiplier, 2.0);
        maxBackoff = Objects.requireNonNullElse(maxBackoff, Duration.ofSeconds(10));
        failureRateThreshold = Objects.requireNonNullElse(failureRateThreshold, 50f);
        slidingWindowSize = Objects.requireNonNullElse(slidingWindowSize, 20);
        minimumNumberOfCalls = Objects.requireNonNullElse(minimumNumberOfCalls, 10);
        openStateWait = Objects.requireNonNullElse(openStateWait, Duration.ofSeconds(60));
        halfOpenCalls = Objects.requireNonNullElse(halfOpenCalls, 2);
        callTimeout = Objects.requireNonNullElse(callTimeout, Duration.ofSeconds(15));
        rateLimitPerPeriod = Objects.requireNonNullElse(rateLimitPerPeriod, 20);
        rateLimitPeriod = Objects.requireNonNullElse(rateLimitPeriod, Duration.ofSeconds(1));
        rateLimitWait = Objects.requireNonNullElse(rateLimitWait, Duration.ofSeconds(5));
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    public static ChannelPolicy defaults() {
        return new ChannelPolicy(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
