package vn.ocop.reporting.dashboard.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Remembers the last value computed per key and gives it again while it is still valid: no change was applied since
 * (the {@code generation} it was computed at is still the current one) and it is younger than {@code maxAge} (which
 * bounds what a change applied elsewhere, or the mere passing of time, can leave unseen). Requests for a key whose
 * value is being computed wait for that computation instead of starting their own (single flight); a failed
 * computation is not remembered, and those waiting for it get its failure.
 * <p>
 * The generation is read before computing: a change applied during the computation makes the result stale at once.
 * A clock that went back (tests) also makes it stale.
 */
final class SingleFlightMemo<K, V> {

    /** One computation: started at {@code at}, when the generation was {@code generation}. */
    private record Computation<V>(long generation, Instant at, CompletableFuture<V> value) {
    }

    private final ConcurrentMap<K, Computation<V>> computations = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration maxAge;
    private final LongSupplier generation;

    SingleFlightMemo(Clock clock, Duration maxAge, LongSupplier generation) {
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("maxAge must not be negative: " + maxAge);
        }
        this.clock = clock;
        this.maxAge = maxAge;
        this.generation = generation;
    }

    /** The remembered value for {@code key}, or the one {@code compute} returns for the instant it is given. */
    V get(K key, Function<Instant, V> compute) {
        while (true) {
            long current = generation.getAsLong();
            Instant now = clock.instant();
            Computation<V> last = computations.get(key);
            if (last != null && (!last.value().isDone() || valid(last, current, now))) {
                return join(last.value());
            }
            Computation<V> mine = new Computation<>(current, now, new CompletableFuture<>());
            boolean won = last == null ? computations.putIfAbsent(key, mine) == null
                    : computations.replace(key, last, mine);
            if (!won) {
                continue; // another request started one meanwhile: wait for that one
            }
            forgetExpired(now);
            try {
                V value = compute.apply(now);
                mine.value().complete(value);
                return value;
            } catch (RuntimeException | Error e) {
                computations.remove(key, mine);
                mine.value().completeExceptionally(e);
                throw e;
            }
        }
    }

    private boolean valid(Computation<V> c, long current, Instant now) {
        return !c.value().isCompletedExceptionally() && c.generation() == current && !now.isBefore(c.at())
                && now.isBefore(c.at().plus(maxAge));
    }

    /** Keys come from requests: drop the finished values that no change is needed to invalidate. */
    private void forgetExpired(Instant now) {
        computations.values().removeIf(c -> c.value().isDone()
                && (now.isBefore(c.at()) || !now.isBefore(c.at().plus(maxAge))));
    }

    private static <V> V join(CompletableFuture<V> value) {
        try {
            return value.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
