package vn.ocop.bench;

/** A benchmark step that could not be carried out; the run reports it and exits non-zero. */
final class BenchFailure extends RuntimeException {

    BenchFailure(String message) {
        super(message);
    }

    BenchFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
