package vn.ocop.notification.delivery;

/** A delivery waits in the queue (PENDING) until a channel accepts it (SENT) or the retry budget is spent (FAILED). */
public enum DeliveryState {
    PENDING,
    SENT,
    FAILED
}
