package vn.ocop.notification.channel.resilience;

import vn.ocop.notification.channel.DeliveryResult;
import vn.ocop.notification.channel.SmsGateway;
import vn.ocop.notification.channel.SmsRequest;

/** The SMS gateway the application uses: the configured provider behind retry, circuit breaker and rate limiter. */
public final class ResilientSmsGateway implements SmsGateway {

    private final SmsGateway provider;
    private final ResilientDelivery resilience;

    public ResilientSmsGateway(SmsGateway provider, ResilientDelivery resilience) {
        this.provider = provider;
        this.resilience = resilience;
    }

    @Override
    public DeliveryResult send(SmsRequest request) {
        return resilience.deliver(() -> provider.send(request));
    }
}
