package vn.ocop.local.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Waits for an asynchronous step (an event crossing Kafka into another service) by asking again until the
 * answer is good or the deadline passes. The pause between questions grows from 50 ms to 500 ms; there is no
 * fixed wait for a step to "probably" be done.
 */
final class Polling {

    private Polling() {}

    /** The last value read, once {@code done} holds for it; a failure naming {@code what} after {@code limit}. */
    static <T> T until(
            String what,
            Duration limit,
            Supplier<T> read,
            java.util.function.Predicate<T> done,
            java.util.function.Function<T, String> describe) {
        Instant deadline = Instant.now().plus(limit);
        long pauseMillis = 50;
        T last = null;
        while (true) {
            last = read.get();
            if (done.test(last)) {
                return last;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new DemoFailure("Timed out after " + limit.toSeconds() + " s waiting for " + what
                        + " (last seen: " + describe.apply(last) + ")");
            }
            LockSupport.parkNanos(Duration.ofMillis(pauseMillis).toNanos());
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new DemoFailure("Interrupted while waiting for " + what);
            }
            pauseMillis = Math.min(500, pauseMillis * 2);
        }
    }
}
