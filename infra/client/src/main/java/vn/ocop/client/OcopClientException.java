package vn.ocop.client;

/** A call that could not be made (connection refused, timed out, interrupted) or was answered unexpectedly. */
public class OcopClientException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OcopClientException(String message, Throwable cause) {
        super(message, cause);
    }

    public OcopClientException(String message) {
        super(message);
    }
}
