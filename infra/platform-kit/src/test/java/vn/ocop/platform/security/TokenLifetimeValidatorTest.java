package vn.ocop.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class TokenLifetimeValidatorTest {

    private static final Instant NOW = Instant.parse("2020-04-10T01:00:00Z");
    private final TokenLifetimeValidator validator =
            new TokenLifetimeValidator(Duration.ofHours(12), Clock.fixed(NOW, ZoneOffset.UTC));

    private static Jwt.Builder token() {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("someone");
    }

    @Test
    void refusesATokenWithoutExpiry() {
        var result = validator.validate(token().issuedAt(NOW).build());
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.getErrors())
                .extracting(e -> e.getDescription())
                .containsExactly("The token has no expiry (exp)");
    }

    @Test
    void refusesATokenIssuedForLongerThanTheMaximum() {
        assertThat(validator
                        .validate(token().issuedAt(NOW)
                                .expiresAt(NOW.plus(Duration.ofDays(30)))
                                .build())
                        .hasErrors())
                .isTrue();
        assertThat(validator
                        .validate(token().issuedAt(NOW)
                                .expiresAt(NOW.plus(Duration.ofHours(12)).plusSeconds(1))
                                .build())
                        .hasErrors())
                .isTrue();
    }

    @Test
    void withoutIssuedAtMeasuresTheRemainingLifetime() {
        assertThat(validator
                        .validate(
                                token().expiresAt(NOW.plus(Duration.ofDays(2))).build())
                        .hasErrors())
                .isTrue();
        assertThat(validator
                        .validate(
                                token().expiresAt(NOW.plus(Duration.ofHours(1))).build())
                        .hasErrors())
                .isFalse();
    }

    @Test
    void acceptsATokenUpToTheMaximum() {
        assertThat(validator
                        .validate(token().issuedAt(NOW)
                                .expiresAt(NOW.plus(Duration.ofHours(12)))
                                .build())
                        .hasErrors())
                .isFalse();
        assertThat(validator
                        .validate(token().issuedAt(NOW)
                                .expiresAt(NOW.plus(Duration.ofMinutes(15)))
                                .build())
                        .hasErrors())
                .isFalse();
    }
}
