package vn.ocop.notification.channel.email;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import vn.ocop.notification.channel.DeliveryResult;
import vn.ocop.notification.channel.EmailMessage;
import vn.ocop.notification.channel.EmailSender;
import vn.ocop.notification.channel.Masking;

/** Sends multipart/alternative UTF-8 mail (plain text first, HTML second) through Spring's {@link JavaMailSender}. */
public final class SmtpEmailSender implements EmailSender {

    private static final Logger log = LoggerFactory.getLogger(SmtpEmailSender.class);
    /** Lets a duplicate mail be traced back to its delivery record. */
    public static final String DELIVERY_ID_HEADER = "X-OCOP-Delivery-Id";

    private final JavaMailSender mailSender;
    private final String from;

    public SmtpEmailSender(JavaMailSender mailSender, String from) {
        this.mailSender = Objects.requireNonNull(mailSender, "mailSender");
        this.from = Objects.requireNonNull(from, "from");
    }

    @Override
    public DeliveryResult send(EmailMessage message) {
        DeliveryResult result;
        try {
            MimeMessage mime = prepare(message);
            mailSender.send(mime);
            result = DeliveryResult.accepted(mime.getMessageID());
        } catch (MessagingException | MailParseException | MailPreparationException e) {
            result = DeliveryResult.permanent(
                    "unusable message or address: " + e.getClass().getSimpleName());
        } catch (MailAuthenticationException e) {
            result = DeliveryResult.permanent("SMTP authentication failed");
        } catch (MailSendException e) {
            result = rejectedAddress(e)
                    ? DeliveryResult.permanent("recipient rejected by SMTP server")
                    : DeliveryResult.retryable(
                            "SMTP send failed: " + e.getClass().getSimpleName());
        } catch (MailException e) {
            result =
                    DeliveryResult.retryable("SMTP unavailable: " + e.getClass().getSimpleName());
        }
        log.info(
                "Email send delivery={} to={} status={} reason={}",
                message.clientRequestId(),
                Masking.email(message.to()),
                result.status(),
                result.reason());
        return result;
    }

    private MimeMessage prepare(EmailMessage message) throws MessagingException {
        MimeMessage mime = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(
                mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(message.to());
        helper.setSubject(message.subject());
        helper.setText(message.textBody(), message.htmlBody());
        mime.setHeader(DELIVERY_ID_HEADER, message.clientRequestId());
        mime.saveChanges();
        return mime;
    }

    /** A server that names the recipient as invalid will say the same next time; anything else may pass later. */
    private static boolean rejectedAddress(MailSendException e) {
        for (Exception failure : e.getFailedMessages().values()) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof SendFailedException sendFailed
                        && sendFailed.getInvalidAddresses() != null
                        && sendFailed.getInvalidAddresses().length > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
