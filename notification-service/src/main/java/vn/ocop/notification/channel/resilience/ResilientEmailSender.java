package vn.ocop.notification.channel.resilience;

import vn.ocop.notification.channel.DeliveryResult;
import vn.ocop.notification.channel.EmailMessage;
import vn.ocop.notification.channel.EmailSender;

/** The e-mail sender the application uses: SMTP behind retry, circuit breaker and rate limiter. */
public final class ResilientEmailSender implements EmailSender {

    private final EmailSender transport;
    private final ResilientDelivery resilience;

    public ResilientEmailSender(EmailSender transport, ResilientDelivery resilience) {
        this.transport = transport;
        this.resilience = resilience;
    }

    @Override
    public DeliveryResult send(EmailMessage message) {
        return resilience.deliver(() -> transport.send(message));
    }
}
