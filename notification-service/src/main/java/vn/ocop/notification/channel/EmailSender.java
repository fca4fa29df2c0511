package vn.ocop.notification.channel;

/** Port to outgoing mail. Like {@link SmsGateway}, failures come back classified, not thrown. */
public interface EmailSender {

    DeliveryResult send(EmailMessage message);
}
