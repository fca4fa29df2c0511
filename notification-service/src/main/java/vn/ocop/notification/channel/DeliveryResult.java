package vn.ocop.notification.channel;

import java.util.Objects;

/**
 * Outcome of handing one message to a channel.
 *
 * @param status            accepted, retryable or permanent
 * @param providerMessageId the provider's id for the message (eSMS SMSID, SpeedSMS tranId, mail Message-ID); null unless
 *                          accepted
 * @param reason            why it failed, safe to log and to publish (never contains the phone number or address)
 */
public record DeliveryResult(DeliveryStatus status, String providerMessageId, String reason) {

    public DeliveryResult {
        Objects.requireNonNull(status, "status");
    }

    public static DeliveryResult accepted(String providerMessageId) {
        return new DeliveryResult(DeliveryStatus.ACCEPTED, providerMessageId, null);
    }

    public static DeliveryResult retryable(String reason) {
        return new DeliveryResult(DeliveryStatus.RETRYABLE, null, reason);
    }

    public static DeliveryResult permanent(String reason) {
        return new DeliveryResult(DeliveryStatus.PERMANENT, null, reason);
    }

    public boolean isAccepted() {
        return status == DeliveryStatus.ACCEPTED;
    }

    public boolean isRetryable() {
        return status == DeliveryStatus.RETRYABLE;
    }
}
