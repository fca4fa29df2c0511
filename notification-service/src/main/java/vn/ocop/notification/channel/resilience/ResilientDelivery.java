package vn.ocop.notification.channel.resilience;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import vn.ocop.notification.channel.DeliveryResult;

/**
 * Runs one channel's send through Retry( CircuitBreaker( RateLimiter( send ) ) ), the order Resilience4j itself uses.
 *
 * <ul>
 *   <li>A RETRYABLE outcome is turned into an exception inside the breaker so that it counts as a failure, and Retry
 *       tries again with exponential backoff until its attempts run out; the last RETRYABLE outcome is returned.</li>
 *   <li>An open circuit answers RETRYABLE at once, without a request and without retrying in-process: the delivery
 *       queue tries again later, which is the whole point of opening.</li>
 *   <li>PERMANENT and ACCEPTED pass straight through; they are successes for the breaker (an invalid phone says
 *       nothing about the provider's health).</li>
 *   <li>No permit from the rate limiter within its wait is RETRYABLE, not counted by the breaker.</li>
 * </ul>
 */
public final class ResilientDelivery {

    private static final Logger log = LoggerFactory.getLogger(ResilientDelivery.class);

    private final String channel;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final RateLimiter rateLimiter;

    ResilientDelivery(String channel, CircuitBreaker circuitBreaker, Retry retry, RateLimiter rateLimiter) {
        this.channel = channel;
        this.circuitBreaker = circuitBreaker;
        this.retry = retry;
        this.rateLimiter = rateLimiter;
    }

    public DeliveryResult deliver(Supplier<DeliveryResult> attempt) {
        try {
            return retry.executeSupplier(() -> circuitBreaker.run(() -> limited(attempt), this::fallback));
        } catch (RetryableOutcome exhausted) {
            return exhausted.result;
        }
    }

    private DeliveryResult limited(Supplier<DeliveryResult> attempt) {
        RateLimiter.waitForPermission(rateLimiter);
        DeliveryResult result = attempt.get();
        if (result.isRetryable()) {
            throw new RetryableOutcome(result);
        }
        return result;
    }

    private DeliveryResult fallback(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        if (cause instanceof RetryableOutcome outcome) {
            throw outcome;
        }
        if (cause instanceof CallNotPermittedException) {
            return DeliveryResult.retryable(channel + " circuit open");
        }
        if (cause instanceof RequestNotPermitted) {
            return DeliveryResult.retryable(channel + " rate limit reached");
        }
        if (cause instanceof TimeoutException) {
            throw new RetryableOutcome(DeliveryResult.retryable(channel + " attempt timed out"));
        }
        // A bug in an adapter, not a provider answer: do not hammer the provider in-process, let the queue decide.
        log.error("Unexpected failure on {} channel", channel, cause);
        return DeliveryResult.retryable(
                channel + " unexpected " + cause.getClass().getSimpleName());
    }

    static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while ((current instanceof ExecutionException || current instanceof CompletionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** Carries a RETRYABLE outcome through the breaker (as a recorded failure) and the retry (as a retry trigger). */
    static final class RetryableOutcome extends RuntimeException {

        private final transient DeliveryResult result;

        RetryableOutcome(DeliveryResult result) {
            super(result.reason(), null, false, false);
            this.result = result;
        }
    }
}
