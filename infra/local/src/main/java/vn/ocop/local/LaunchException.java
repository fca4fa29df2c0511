package vn.ocop.local;

/**
 * A failure the launcher reports to a person as one readable message and an exit code, never as a
 * stack trace: the message must say what to change.
 */
public class LaunchException extends RuntimeException {

    private final int exitCode;

    public LaunchException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public LaunchException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
