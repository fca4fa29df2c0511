package vn.ocop.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.security.OcopUserArgumentResolver;

/**
 * Token buckets per (caller, bucket) for endpoints marked {@link RateLimited}. Buckets live in this
 * instance's memory: with N instances behind a balancer a caller gets at most N times the limit,
 * which is acceptable for abuse protection (the limits are not a billing quota).
 */
public class RateLimitInterceptor implements HandlerInterceptor {

    private final RateLimitProperties props;
    private final ProblemWriter problems;
    private final Clock clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimitInterceptor(RateLimitProperties props, ProblemWriter problems, Clock clock) {
        this.props = props;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!(handler instanceof HandlerMethod hm)) {
            return true;
        }
        RateLimited limit = hm.getMethodAnnotation(RateLimited.class);
        if (limit == null) {
            return true;
        }
        OcopUser user = OcopUserArgumentResolver.current();
        String caller = user != null ? user.id() : request.getRemoteAddr();
        RateLimitProperties.Bucket cfg = props.bucket(limit.value());
        TokenBucket bucket = buckets.computeIfAbsent(
                limit.value() + "|" + caller,
                k -> new TokenBucket(cfg.capacity(), cfg.refillPeriod().toNanos()));
        long waitNanos = bucket.tryTake(clock.millis() * 1_000_000L);
        if (waitNanos == 0) {
            return true;
        }
        long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        problems.write(
                request,
                response,
                HttpStatus.TOO_MANY_REQUESTS,
                "rate-limited",
                "Too many requests for " + limit.value() + "; retry after " + seconds + " s",
                "Quá nhiều yêu cầu (" + limit.value() + "); vui lòng thử lại sau " + seconds + " giây",
                Map.of("bucket", limit.value()));
        return false;
    }

    /** A classic token bucket; synchronized because one caller's requests may run in parallel. */
    static final class TokenBucket {
        private final int capacity;
        private final long refillNanos;
        private double tokens;
        private long last = -1;

        TokenBucket(int capacity, long refillNanos) {
            this.capacity = capacity;
            this.refillNanos = refillNanos;
            this.tokens = capacity;
        }

        /** Takes a token and returns 0, or returns how long until one is available. */
        synchronized long tryTake(long nowNanos) {
            if (last >= 0) {
                tokens = Math.min(capacity, tokens + (double) (nowNanos - last) / refillNanos);
            }
            last = nowNanos;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) ((1 - tokens) * refillNanos);
        }
    }
}
