package vn.ocop.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A token must say when it expires ({@code exp}), and not too far ahead: Spring's timestamp check accepts a token
 * without {@code exp} for ever, and a leaked token minted for a month would stay good for a month. The lifetime is
 * {@code exp - iat}, or {@code exp - now} for a token without {@code iat}; above {@code ocop.security.max-token-lifetime}
 * the token is refused (401, as every other token refusal).
 */
final class TokenLifetimeValidator implements OAuth2TokenValidator<Jwt> {

    private final Duration maxLifetime;
    private final Clock clock;

    TokenLifetimeValidator(Duration maxLifetime, Clock clock) {
        this.maxLifetime = maxLifetime;
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            return refuse("The token has no expiry (exp)");
        }
        Instant from = jwt.getIssuedAt() != null ? jwt.getIssuedAt() : clock.instant();
        if (Duration.between(from, expiresAt).compareTo(maxLifetime) > 0) {
            return refuse("The token lives longer than the allowed " + maxLifetime);
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult refuse(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
    }
}
