package vn.ocop.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import vn.ocop.platform.test.MutableClock;

class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final List<String> verifiedByDelegate = new ArrayList<>();
    /** Accepts tokens "good-*" valid for 5 minutes from NOW, refuses everything else and anything past expiry. */
    private final JwtDecoder delegate = token -> {
        verifiedByDelegate.add(token);
        if (!token.startsWith("good-") || clock.instant().isAfter(NOW.plus(Duration.ofMinutes(5)))) {
            throw new BadJwtException("refused " + token);
        }
        return Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject(token)
                .issuedAt(NOW)
                .expiresAt(NOW.plus(Duration.ofMinutes(5)))
                .build();
    };

    @Test
    void aTokenIsVerifiedOnceWhileItIsValid() {
        VerifiedTokenCache cache = new VerifiedTokenCache(delegate, clock, 100);

        Jwt first = cache.decode("good-a");
        Jwt second = cache.decode("good-a");
        cache.decode("good-b");

        assertThat(second).isSameAs(first);
        assertThat(verifiedByDelegate).containsExactly("good-a", "good-b");
    }

    @Test
    void refusedTokensAreNotRememberedAndAreRefusedEveryTime() {
        VerifiedTokenCache cache = new VerifiedTokenCache(delegate, clock, 100);

        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(verifiedByDelegate).containsExactly("forged", "forged");
        assertThat(cache.size()).isZero();
    }

    @Test
    void pastItsExpiryARememberedTokenGoesBackToTheDelegateWhichRefusesIt() {
        VerifiedTokenCache cache = new VerifiedTokenCache(delegate, clock, 100);
        cache.decode("good-a");

        clock.set(NOW.plus(Duration.ofMinutes(5)).plusSeconds(1));

        assertThatThrownBy(() -> cache.decode("good-a")).isInstanceOf(BadJwtException.class);
        assertThat(verifiedByDelegate).containsExactly("good-a", "good-a");
        assertThat(cache.size()).isZero();
    }

    @Test
    void theCacheStaysWithinItsBound() {
        VerifiedTokenCache cache = new VerifiedTokenCache(delegate, clock, 3);
        for (int i = 0; i < 10; i++) {
            cache.decode("good-" + i);
        }
        assertThat(cache.size()).isLessThanOrEqualTo(3);
    }
}
