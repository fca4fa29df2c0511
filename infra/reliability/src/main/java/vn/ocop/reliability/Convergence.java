package vn.ocop.reliability;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** Time until a condition holds, measured from a given start (e.g. the moment a fault was repaired). */
public final class Convergence {

    private Convergence() {}

    /** Waits (polling) at most {@code timeout}; returns the time from {@code startNanos}, or null on time-out. */
    public static Duration await(String what, long startNanos, Duration timeout, BooleanSupplier condition) {
        try {
            Awaitility.await(what)
                    .atMost(timeout)
                    .pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions()
                    .until(condition::getAsBoolean);
            return Duration.ofNanos(System.nanoTime() - startNanos);
        } catch (ConditionTimeoutException e) {
            return null;
        }
    }

    /**
     * A deliberate fault duration (the broker stays down 10 s, MongoDB is cut for 20 s): a clock-based wait that
     * keeps doing useful work (the tick) while the time runs, not a wait for a result.
     */
    public static void hold(Duration duration, Runnable tick) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            tick.run();
            long left = end - System.nanoTime();
            if (left > 0) {
                Awaitility.await()
                        .pollDelay(Duration.ofMillis(Math.min(200, left / 1_000_000 + 1)))
                        .atMost(Duration.ofSeconds(1))
                        .until(() -> true);
            }
        }
    }
}
