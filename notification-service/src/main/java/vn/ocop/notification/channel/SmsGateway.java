package vn.ocop.notification.channel;

/**
 * Port to an SMS brandname gateway. Implementations never throw for provider or network trouble: they classify it
 * into a {@link DeliveryResult}.
 */
public interface SmsGateway {

    DeliveryResult send(SmsRequest request);
}
