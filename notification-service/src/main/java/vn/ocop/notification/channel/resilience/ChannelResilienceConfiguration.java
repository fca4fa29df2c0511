package vn.ocop.notification.channel.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Uses the application's Spring Cloud circuit breaker factory and Resilience4j registries when auto-configuration
 * provides them (shared metrics and actuator views), and private ones otherwise.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResilienceProperties.class)
public class ChannelResilienceConfiguration {

    @Bean
    ResilientDeliveryFactory resilientDeliveryFactory(
            ObjectProvider<Resilience4JCircuitBreakerFactory> circuitBreakers,
            ObjectProvider<RetryRegistry> retries,
            ObjectProvider<RateLimiterRegistry> rateLimiters) {
        return new ResilientDeliveryFactory(
                circuitBreakers.getIfAvailable(() -> new Resilience4JCircuitBreakerFactory(
                        CircuitBreakerRegistry.ofDefaults(), TimeLimiterRegistry.ofDefaults(), null)),
                retries.getIfAvailable(RetryRegistry::ofDefaults),
                rateLimiters.getIfAvailable(RateLimiterRegistry::ofDefaults));
    }
}
