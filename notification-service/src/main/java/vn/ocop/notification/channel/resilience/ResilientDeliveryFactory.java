package vn.ocop.notification.channel.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import vn.ocop.notification.channel.DeliveryChannel;

/**
 * Builds the {@link ResilientDelivery} of a channel. The circuit breaker comes from Spring Cloud CircuitBreaker (so it
 * shares the application's registry and metrics); Retry and RateLimiter come from Resilience4j registries.
 */
public final class ResilientDeliveryFactory {

    private final Resilience4JCircuitBreakerFactory circuitBreakers;
    private final RetryRegistry retries;
    private final RateLimiterRegistry rateLimiters;

    public ResilientDeliveryFactory(
            Resilience4JCircuitBreakerFactory circuitBreakers,
            RetryRegistry retries,
            RateLimiterRegistry rateLimiters) {
        this.circuitBreakers = circuitBreakers;
        this.retries = retries;
        this.rateLimiters = rateLimiters;
    }

    public static String instanceName(DeliveryChannel channel) {
        return "notification-" + channel.name().toLowerCase(java.util.Locale.ROOT);
    }

    public ResilientDelivery create(DeliveryChannel channel, ChannelPolicy policy) {
        String name = instanceName(channel);
        circuitBreakers.configure(
                builder -> builder.circuitBreakerConfig(circuitBreakerConfig(policy))
                        .timeLimiterConfig(TimeLimiterConfig.custom()
                                .timeoutDuration(policy.callTimeout())
                                .build()),
                name);
        RetryConfig retryConfig = RetryConfig.custom()
                .maxAttempts(policy.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(
                        policy.initialBackoff(), policy.backoffMultiplier(), policy.maxBackoff()))
                .retryExceptions(ResilientDelivery.RetryableOutcome.class)
                .build();
        RateLimiterConfig rateLimiterConfig = RateLimiterConfig.custom()
                .limitForPeriod(policy.rateLimitPerPeriod())
                .limitRefreshPeriod(policy.rateLimitPeriod())
                .timeoutDuration(policy.rateLimitWait())
                .build();
        return new ResilientDelivery(
                channel.name(),
                circuitBreakers.create(name),
                retries.retry(name, retryConfig),
                rateLimiters.rateLimiter(name, rateLimiterConfig));
    }

    public io.github.resilience4j.circuitbreaker.CircuitBreaker.State circuitState(DeliveryChannel channel) {
        return circuitBreakers
                .getCircuitBreakerRegistry()
                .find(instanceName(channel))
                .map(io.github.resilience4j.circuitbreaker.CircuitBreaker::getState)
                .orElse(io.github.resilience4j.circuitbreaker.CircuitBreaker.State.CLOSED);
    }

    private static CircuitBreakerConfig circuitBreakerConfig(ChannelPolicy policy) {
        return CircuitBreakerConfig.custom()
                .failureRateThreshold(policy.failureRateThreshold())
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(policy.slidingWindowSize())
                .minimumNumberOfCalls(policy.minimumNumberOfCalls())
                .waitDurationInOpenState(policy.openStateWait())
                .permittedNumberOfCallsInHalfOpenState(policy.halfOpenCalls())
                .ignoreException(thrown -> ResilientDelivery.unwrap(thrown) instanceof RequestNotPermitted)
                .build();
    }
}
