package vn.ocop.notification.delivery.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import vn.ocop.notification.delivery.Delivery;
import vn.ocop.notification.delivery.DeliveryState;

/**
 * Body of {@code vn.ocop.notification.delivered.v1} / {@code failed.v1}: who (by contact id, never by address), on
 * which channel, after how many attempts.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotificationOutcome(
        String deliveryId,
        long version,
        String sourceEventId,
        String sourceEventType,
        String channel,
        String contactId,
        int attempts,
        Instant occurredAt,
        String reason) {

    public static final String TOPIC = "ocop.notification.events";
    public static final String DELIVERED = "vn.ocop.notification.delivered.v1";
    public static final String FAILED = "vn.ocop.notification.failed.v1";

    static NotificationOutcome of(Delivery d, Instant now) {
        boolean failed = d.status() == DeliveryState.FAILED;
        return new NotificationOutcome(
                d.id(),
                d.version(),
                d.sourceEventId(),
                d.sourceEventType(),
                d.channel().name(),
                d.contactId(),
                Math.max(1, d.attempts()),
                now,
                failed ? reason(d.lastError()) : null);
    }

    String type() {
        return reason == null ? DELIVERED : FAILED;
    }

    private static String reason(String lastError) {
        if (lastError == null || lastError.isBlank()) {
            return "failed";
        }
        return lastError.length() > 500 ? lastError.substring(0, 500) : lastError;
    }
}
