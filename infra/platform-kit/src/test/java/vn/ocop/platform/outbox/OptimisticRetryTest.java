package vn.ocop.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

class OptimisticRetryTest {

    @Test
    void aChangeThatLostARaceIsAppliedAgainUntilItsWriteSucceeds() {
        AtomicInteger attempts = new AtomicInteger();
        String result = OptimisticRetry.retry(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new OptimisticLockingFailureException("changed meanwhile");
            }
            return "written";
        });
        assertThat(result).isEqualTo("written");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void givesUpAfterABoundedNumberOfAttemptsWithTheLastConflict() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> OptimisticRetry.retry(() -> {
                    attempts.incrementAndGet();
                    throw new OptimisticLockingFailureException("changed meanwhile");
                }))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(attempts).hasValue(OptimisticRetry.ATTEMPTS);
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> OptimisticRetry.retry(() -> {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("refused");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
    }
}
