package vn.ocop.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens that {@code delegate} verified, until they expire, so that a portal sending the same bearer
 * token on every call pays the RS256 signature check once instead of per request (the check was ≈ 20 % of a
 * submit's CPU, see docs/benchmarks.md). Keyed by the whole compact token, so a token that differs in any byte
 * (signature included) is verified afresh; only successes are kept. A hit is re-checked against the token's
 * expiry: past {@code exp} the entry is dropped and the delegate decides (with its usual clock skew), so the set of
 * accepted tokens is the delegate's. Bounded: when {@code maxEntries} is reached the cache starts over.
 */
public final class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder delegate;
    private final Clock clock;
    private final int maxEntries;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    public VerifiedTokenCache(JwtDecoder delegate, Clock clock, int maxEntries) {
        this.delegate = delegate;
        this.clock = clock;
        this.maxEntries = maxEntries;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.get(token);
        if (known != null) {
            Instant expiresAt = known.getExpiresAt();
            if (expiresAt != null && !clock.instant().isAfter(expiresAt)) {
                return known;
            }
            verified.remove(token);
        }
        Jwt jwt = delegate.decode(token);
        if (jwt.getExpiresAt() != null) {
            if (verified.size() >= maxEntries) {
                verified.clear();
            }
            verified.put(token, jwt);
        }
        return jwt;
    }

    int size() {
        return verified.size();
    }
}
