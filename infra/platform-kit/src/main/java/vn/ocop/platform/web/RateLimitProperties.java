package vn.ocop.platform.web;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Per-bucket limits ({@code ocop.rate-limits.<bucket>.capacity} and {@code .refill-period}):
 * a caller may make {@code capacity} calls at once, and regains one every {@code refill-period}.
 */
@ConfigurationProperties("ocop")
public record RateLimitProperties(Map<String, Bucket> rateLimits) {

    public RateLimitProperties {
        rateLimits = rateLimits == null ? Map.of() : Map.copyOf(rateLimits);
    }

    public Bucket bucket(String name) {
        return rateLimits.getOrDefault(name, new Bucket(60, Duration.ofSeconds(1)));
    }

    public record Bucket(int capacity, Duration refillPeriod) {}
}
