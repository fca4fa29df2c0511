package vn.ocop.evaluation.session.application;

import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.ocop.evaluation.session.IllegalTransition;
import vn.ocop.platform.web.ApiProblem;

/** Turns domain refusals into API problems and retries read-modify-write cycles that lost a race. */
public final class Refusals {

    private static final int ATTEMPTS = 5;

    private Refusals() {
    }

    public static ApiProblem conflict(IllegalTransition e) {
        return ApiProblem.conflict(e.code(), e.getMessage(), e.messageVi());
    }

    /**
     * Members hand in sheets at the same time; each write is guarded by the version, so the loser
     * re-reads and applies its change again instead of failing the member's request.
     */
    public static <T> T retryingOnConflict(Supplier<T> change) {
        OptimisticLockingFailureException last = null;
        for (int i = 0; i < ATTEMPTS; i++) {
            try {
                return change.get();
            } catch (OptimisticLockingFailureException e) {
                last = e;
            } catch (IllegalTransition e) {
                throw conflict(e);
            }
        }
        throw last;
    }
}
