package vn.ocop.platform.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * The last resort: any exception no other advice handled becomes a 500 problem without internals.
 * Kept apart from {@link ProblemAdvice} and ordered last so that a service's own advice for its
 * own exceptions is consulted first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class FallbackProblemAdvice {

    private final ProblemAdvice problems;

    public FallbackProblemAdvice(ProblemAdvice problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, NativeWebRequest request) {
        return problems.unexpected(e, request);
    }
}
