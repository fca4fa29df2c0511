package vn.ocop.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Token validation settings ({@code ocop.security.*}). Production points these at the province's
 * identity provider; the embedded default at the development token issuer.
 *
 * @param jwksUri  where the issuer publishes its signing keys
 * @param issuer   the exact {@code iss} the tokens must carry
 * @param audience the {@code aud} value the tokens must contain
 * @param maxTokenLifetime the longest {@code exp - iat} accepted (12 h unless set); a token without {@code exp} is
 *                         refused
 */
@ConfigurationProperties("ocop.security")
public record SecurityProperties(String jwksUri, String issuer, String audience, Duration maxTokenLifetime) {
    public SecurityProperties {
        audience = audience == null ? "ocop-platform" : audience;
        maxTokenLifetime = maxTokenLifetime == null ? Duration.ofHours(12) : maxTokenLifetime;
    }
}
