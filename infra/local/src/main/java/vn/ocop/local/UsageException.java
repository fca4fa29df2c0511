package vn.ocop.local;

/** Bad command line or environment: exit code 2, like a port clash, so scripts can tell it from a crash. */
public class UsageException extends LaunchException {

    public UsageException(String message) {
        super(message, 2);
    }
}
