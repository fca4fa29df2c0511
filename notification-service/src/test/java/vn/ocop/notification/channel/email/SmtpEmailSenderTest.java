package vn.ocop.notification.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.ocop.notification.channel.DeliveryResult;
import vn.ocop.notification.channel.DeliveryStatus;
import vn.ocop.notification.channel.EmailMessage;

class SmtpEmailSenderTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String SUBJECT = "[OCOP] Sản phẩm Tỏi Lý Sơn – Đức Phổ được công nhận OCOP 4 sao";

    private static SmtpEmailSender sender(int port) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(port);
        mail.setDefaultEncoding("UTF-8");
        mail.getJavaMailProperties().put("mail.smtp.connectiontimeout", "1000");
        mail.getJavaMailProperties().put("mail.smtp.timeout", "1000");
        return new SmtpEmailSender(mail, "OCOP Quảng Ngãi <no-reply@ocop.quangngai.gov.vn>");
    }

    @Test
    void sendsMultipartTextAndHtmlWithVietnameseSubjectIntact() throws Exception {
        EmailMessage message = new EmailMessage(
                "delivery-9",
                "can.bo@moduc.quangngai.gov.vn",
                SUBJECT,
                "Kính gửi HTX Bình Hải,\nSản phẩm đạt 4 sao.",
                "<p>Kính gửi <strong>HTX Bình Hải</strong></p>");

        DeliveryResult result = sender(greenMail.getSmtp().getPort()).send(message);

        assertThat(result.status()).isEqualTo(DeliveryStatus.ACCEPTED);
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo(SUBJECT);
        assertThat(mail.getHeader("Subject")[0]).containsIgnoringCase("=?UTF-8?");
        assertThat(mail.getHeader(SmtpEmailSender.DELIVERY_ID_HEADER)).containsExactly("delivery-9");
        assertThat(mail.getMessageID()).isEqualTo(result.providerMessageId());
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@ocop.quangngai.gov.vn");

        List<Part> leaves = new ArrayList<>();
        collectLeaves(mail, leaves);
        Part text =
                leaves.stream().filter(p -> isType(p, "text/plain")).findFirst().orElseThrow();
        Part html =
                leaves.stream().filter(p -> isType(p, "text/html")).findFirst().orElseThrow();
        assertThat(text.getContentType()).containsIgnoringCase("charset=UTF-8");
        // SMTP carries text with CRLF line ends; the words themselves must arrive unchanged.
        assertThat(((String) text.getContent()).replace("\r\n", "\n"))
                .isEqualTo("Kính gửi HTX Bình Hải,\nSản phẩm đạt 4 sao.");
        assertThat((String) html.getContent()).isEqualTo("<p>Kính gửi <strong>HTX Bình Hải</strong></p>");
    }

    @Test
    void malformedAddressIsPermanent() {
        EmailMessage message = new EmailMessage("delivery-10", "<unclosed@example.org", "s", "t", "<p>h</p>");

        DeliveryResult result = sender(greenMail.getSmtp().getPort()).send(message);

        assertThat(result.status()).isEqualTo(DeliveryStatus.PERMANENT);
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void unreachableSmtpServerIsRetryable() {
        EmailMessage message = new EmailMessage("delivery-11", "an@example.org", "s", "t", "<p>h</p>");

        assertThat(sender(1).send(message).status()).isEqualTo(DeliveryStatus.RETRYABLE);
    }

    private static boolean isType(Part part, String type) {
        try {
            return part.isMimeType(type);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collectLeaves(Part part, List<Part> leaves) throws MessagingException, IOException {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collectLeaves(child, leaves);
            }
        } else {
            leaves.add(part);
        }
    }
}
