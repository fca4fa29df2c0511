package vn.ocop.notification.delivery.web;

import java.time.Instant;
import vn.ocop.notification.channel.DeliveryChannel;
import vn.ocop.notification.delivery.Delivery;
import vn.ocop.notification.delivery.DeliveryState;

/** A delivery as the log shows it: masked recipient, and the text exactly as rendered (what was "sent"). */
public record DeliveryView(
        String id,
        String sourceEventId,
        String sourceEventType,
        String template,
        String contactId,
        String recipient,
        DeliveryChannel channel,
        String language,
        String districtCode,
        DeliveryState status,
        int attempts,
        int redrives,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant completedAt,
        String lastError,
        String subject,
        String text,
        long version) {

    static DeliveryView of(Delivery d) {
        return new DeliveryView(
                d.id(),
                d.sourceEventId(),
                d.sourceEventType(),
                d.template(),
                d.contactId(),
                d.recipient(),
                d.channel(),
                d.language(),
                d.districtCode(),
                d.status(),
                d.attempts(),
                d.redrives(),
                d.createdAt(),
                d.nextAttemptAt(),
                d.completedAt(),
                d.lastError(),
                d.subject(),
                d.text(),
                d.version());
    }
}
