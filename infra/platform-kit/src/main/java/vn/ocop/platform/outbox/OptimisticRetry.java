package vn.ocop.platform.outbox;

import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Read-modify-write cycles guarded by a version: when another writer got there first, read again and
 * apply the change again, a bounded number of times, instead of failing the caller's request.
 */
public final class OptimisticRetry {

    public static final int ATTEMPTS = 5;

    private OptimisticRetry() {}

    /** Runs {@code change} (which must read what it changes) until its guarded write succeeds. */
    public static <T> T retry(Supplier<T> change) {
        OptimisticLockingFailureException last = null;
        for (int i = 0; i < ATTEMPTS; i++) {
            try {
                return change.get();
            } catch (OptimisticLockingFailureException e) {
                last = e;
            }
        }
        throw last;
    }

    public static void retry(Runnable change) {
        retry(() -> {
            change.run();
            return null;
        });
    }
}
