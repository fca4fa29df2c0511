package vn.ocop.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Token validation settings ({@code ocop.security.*}). Production points these at the province's
 * identity provider; the embedded default at the development token issuer.
 *
 * @param jwksUri  where the issuer publishes its signing keys
 * @param issuer   the exact {@code iss} the tokens must carry
 * @param audience the {@code aud} value the tokens must contain
 */
@ConfigurationProperties("ocop.security")
public record SecurityProperties(String jwksUri, String issuer, String audience) {
    public SecurityProperties {
        audience = audience == null ? "ocop-platform" : audience;
    }
}
