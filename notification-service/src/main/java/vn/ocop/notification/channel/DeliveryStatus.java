package vn.ocop.notification.channel;

/**
 * What a channel says about one hand-over attempt. The delivery queue decides what to do next only from this:
 * ACCEPTED is final, RETRYABLE goes back to the queue for a later attempt, PERMANENT is reported as failed.
 */
public enum DeliveryStatus {
    /** The provider or SMTP server took the message; delivery to the handset or mailbox is its job now. */
    ACCEPTED,
    /** Timeouts, 5xx, 429, open circuit, rate limit: the same message may succeed later. */
    RETRYABLE,
    /** Invalid phone or address, bad credentials, rejected content: sending again cannot help. */
    PERMANENT
}
