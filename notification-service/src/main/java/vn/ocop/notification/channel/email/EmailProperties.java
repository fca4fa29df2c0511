package vn.ocop.notification.channel.email;

import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ocop.notification.email.*}. The SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param transport smtp, or dev to keep mail in memory (default dev, so that the embedded default needs no server)
 * @param from      the sender shown to officers
 */
@ConfigurationProperties("ocop.notification.email")
public record EmailProperties(EmailTransport transport, String from) {

    public EmailProperties {
        transport = Objects.requireNonNullElse(transport, EmailTransport.DEV);
        from = Objects.requireNonNullElse(from, "OCOP Quảng Ngãi <no-reply@ocop.quangngai.gov.vn>");
    }

    public enum EmailTransport {
        SMTP,
        DEV
    }
}
