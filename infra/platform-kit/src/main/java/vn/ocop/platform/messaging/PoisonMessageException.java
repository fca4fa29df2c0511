package vn.ocop.platform.messaging;

/**
 * A record that can never be processed (not JSON, unknown type, missing or invalid fields).
 * It is not retried: the binder sends it to the binding's dead-letter topic with this message as
 * the reason ({@code x-exception-message} header).
 */
public class PoisonMessageException extends RuntimeException {
    public PoisonMessageException(String message) {
        super(message);
    }

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
