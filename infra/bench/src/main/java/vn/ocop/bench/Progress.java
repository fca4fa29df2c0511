package vn.ocop.bench;

import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Progress lines on stdout, and bounded polling of a condition. */
final class Progress {

    private Progress() {}

    static void say(String format, Object... args) {
        System.out.println("[bench " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + format.formatted(args));
        System.out.flush();
    }

    /** Polls until the condition holds; false when the bound passed first. */
    static boolean pollUntil(BooleanSupplier condition, Duration bound, Duration every) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            LockSupport.parkNanos(every.toNanos());
        }
        return condition.getAsBoolean();
    }
}
