package vn.ocop.notification.channel;

import java.util.Objects;

/**
 * One e-mail to one recipient, sent as multipart/alternative (plain text and HTML).
 *
 * @param clientRequestId the delivery id, carried in a header so that a duplicate can be traced to its delivery
 */
public record EmailMessage(String clientRequestId, String to, String subject, String textBody, String htmlBody) {

    public EmailMessage {
        Objects.requireNonNull(clientRequestId, "clientRequestId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
        Objects.requireNonNull(htmlBody, "htmlBody");
    }

    @Override
    public String toString() {
        return "EmailMessage[clientRequestId=" + clientRequestId + ", to=" + Masking.email(to) + "]";
    }
}
