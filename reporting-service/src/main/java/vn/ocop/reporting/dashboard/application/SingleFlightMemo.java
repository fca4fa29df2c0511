package vn.ocop.reporting.dashboard.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the last value computed per key and gives it again while it is still valid: no change was applied since
 * (the {@code generation} it was computed at is still the current one) and it is younger than {@code maxAge} (which
 * bounds what a change applied elsewhere, or the mere passing of time, can leave unseen). Requests for a key whose
 * value is being computed wait for that computation instead of starting their own (single flight); a failed
 * computation is not remembered, and those waiting for it get its failure.
 * <p>
 * The generation is read before computing: a change applied during the computation makes the result stale at once.
 * A clock that went back (tests) also makes it stale.
 * <p>
 * Past its max age, a value computed at the current generation (nothing changed on this instance since) is still
 * given while one recomputation runs on {@code refresher} (stale-while-revalidate): at national size a dashboard
 * takes seconds to compute on the embedded store, and readers should not all wait for it every {@code maxAge}. What
 * they may see is then at most {@code maxAge} plus one computation old. After a change on this instance, the first
 * reader starts the recomputation and waits for it (a reader who caused a change, then reads, sees it); readers
 * arriving while it runs get the last value, at most one computation behind the change, instead of all queueing
 * behind it (at national size, with events arriving, that queue was the dashboard's whole p99).
 */
final class SingleFlightMemo<K, V> {

    private static final Logger log = LoggerFactory.getLogger(SingleFlightMemo.class);

    /** One computation: started at {@code at}, when the generation was {@code generation}. */
    private record Computation<V>(long generation, Instant at, CompletableFuture<V> value) {}

    private final ConcurrentMap<K, Computation<V>> computations = new ConcurrentHashMap<>();
    /** The last successful computation per key, given while a refresh of the same generation runs. */
    private final ConcurrentMap<K, Computation<V>> lastGood = new ConcurrentHashMap<>();

    private final Clock clock;
    private final Duration maxAge;
    private final LongSupplier generation;
    private final Executor refresher;

    SingleFlightMemo(Clock clock, Duration maxAge, LongSupplier generation) {
        this(clock, maxAge, generation, null);
    }

    /** @param refresher runs recomputations of aged values in the background; null: readers wait for them */
    SingleFlightMemo(Clock clock, Duration maxAge, LongSupplier generation, Executor refresher) {
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("maxAge must not be negative: " + maxAge);
        }
        this.clock = clock;
        this.maxAge = maxAge;
        this.generation = generation;
        this.refresher = refresher;
    }

    /** The remembered value for {@code key}, or the one {@code compute} returns for the instant it is given. */
    V get(K key, Function<Instant, V> compute) {
        while (true) {
            long current = generation.getAsLong();
            Instant now = clock.instant();
            Computation<V> last = computations.get(key);
            if (last != null && last.value().isDone() && valid(last, current, now)) {
                return join(last.value());
            }
            Computation<V> good = lastGood.get(key);
            boolean servable =
                    refresher != null && good != null && good.generation() == current && !now.isBefore(good.at());
            if (last != null && !last.value().isDone()) {
                if (refresher != null && good != null && !now.isBefore(good.at())) {
                    // a recomputation is running (an age refresh, or the one the first reader after a change waits
                    // for): the others get the last value meanwhile instead of queueing behind it
                    return join(good.value());
                }
                return join(last.value());
            }
            Computation<V> mine = new Computation<>(current, now, new CompletableFuture<>());
            boolean won =
                    last == null ? computations.putIfAbsent(key, mine) == null : computations.replace(key, last, mine);
            if (!won) {
                continue; // another request started one meanwhile: wait for that one (or serve as above)
            }
            forgetExpired(now);
            if (servable) {
                refresher.execute(() -> {
                    try {
                        run(key, mine, compute, now);
                    } catch (RuntimeException e) {
                        // forgotten by run(): the next reader starts another refresh and meanwhile gets the last value
                        log.warn("background refresh of {} failed, the last value is kept: {}", key, e.toString());
                    }
                });
                return join(good.value());
            }
            return run(key, mine, compute, now);
        }
    }

    private V run(K key, Computation<V> mine, Function<Instant, V> compute, Instant now) {
        try {
            V value = compute.apply(now);
            mine.value().complete(value);
            lastGood.put(key, mine);
            return value;
        } catch (RuntimeException | Error e) {
            computations.remove(key, mine);
            mine.value().completeExceptionally(e);
            throw e;
        }
    }

    private boolean valid(Computation<V> c, long current, Instant now) {
        return !c.value().isCompletedExceptionally()
                && c.generation() == current
                && !now.isBefore(c.at())
                && now.isBefore(c.at().plus(maxAge));
    }

    /** Keys come from requests: drop the finished values that no change is needed to invalidate. */
    private void forgetExpired(Instant now) {
        computations
                .values()
                .removeIf(c -> c.value().isDone() && (now.isBefore(c.at()) || !now.isBefore(c.at().plus(maxAge))));
        // the values served while refreshing: kept for a while longer, then dropped like the rest
        Duration keep = maxAge.multipliedBy(30);
        lastGood.values().removeIf(c -> now.isBefore(c.at()) || !now.isBefore(c.at().plus(keep)));
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
