package vn.ocop.notification.support;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.ocop.contracts.ContractExamples;
import vn.ocop.notification.NotificationServiceApplication;
import vn.ocop.notification.channel.email.SmtpEmailSender;
import vn.ocop.notification.delivery.Delivery;
import vn.ocop.platform.test.Api;
import vn.ocop.platform.test.MutableClock;
import vn.ocop.platform.test.TestInfrastructure;

/**
 * The one Spring context of the service tests: the real service on the shared in-process Kafka and MongoDB-wire
 * server, mail to an in-process GreenMail (real SMTP), SMS to a WireMock eSMS, the {@link FixtureDirectory} of
 * contacts and producers. Queue backoffs and circuit waits are
 * shortened so that outages can be proven in seconds.
 */
// GreenMail is the test's stand-in mail server, not the service: at INFO it logs every mailbox it creates
@SpringBootTest(
        classes = NotificationServiceApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.com.icegreen.greenmail=WARN")
@Import({NotificationTestBase.TestClock.class, FixtureDirectory.class})
public abstract class NotificationTestBase {

    public static final String ESMS_PATH = "/MainService.svc/json/SendMultipleMessage_V4_post_json/";
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SMTP_PORT = freePort();
    private static GreenMail mail = startMail();
    protected static final WireMockServer SMS = startSms();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry r) {
        TestInfrastructure.register(r, "ocop_notification_test");
        r.add("ocop.notification.email.transport", () -> "smtp");
        r.add("spring.mail.host", () -> "127.0.0.1");
        r.add("spring.mail.port", () -> SMTP_PORT);
        r.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "500");
        r.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
        r.add("ocop.notification.sms.provider", () -> "esms");
        r.add("ocop.notification.sms.esms.base-url", SMS::baseUrl);
        r.add("ocop.notification.sms.esms.api-key", () -> "test-key");
        r.add("ocop.notification.sms.esms.secret-key", () -> "test-secret");
        // quiet hours would hold every SMS when the suite runs in the Vietnamese evening; they have their own test
        r.add("ocop.notification.sms.quiet-hours.start", () -> "00:00");
        r.add("ocop.notification.sms.quiet-hours.end", () -> "00:00");
        r.add("ocop.notification.delivery.poll-interval", () -> "PT0.1S");
        r.add("ocop.notification.delivery.initial-backoff", () -> "PT0.2S");
        r.add("ocop.notification.delivery.max-backoff", () -> "PT1S");
        r.add("ocop.notification.delivery.max-attempts", () -> "40");
        r.add("ocop.notification.resilience.email.max-attempts", () -> "1");
        r.add("ocop.notification.resilience.email.open-state-wait", () -> "PT0.5S");
        r.add("ocop.notification.resilience.email.minimum-number-of-calls", () -> "5");
        r.add("ocop.notification.resilience.email.sliding-window-size", () -> "10");
        r.add("ocop.notification.resilience.sms.max-attempts", () -> "4");
        r.add("ocop.notification.resilience.sms.initial-backoff", () -> "PT0.05S");
        r.add("ocop.notification.resilience.sms.max-backoff", () -> "PT0.2S");
        r.add("ocop.notification.resilience.sms.open-state-wait", () -> "PT0.5S");
        r.add("ocop.notification.resilience.sms.minimum-number-of-calls", () -> "5");
        r.add("ocop.notification.resilience.sms.sliding-window-size", () -> "10");
        r.add("ocop.notification.reminders.initial-delay", () -> "PT1H");
        r.add("ocop.rate-limits.sms.capacity", () -> "100");
        r.add("ocop.outbox.sweep-interval", () -> "PT0.2S");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        @Primary
        MutableClock clock() {
            return new MutableClock();
        }
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected MongoTemplate mongo;

    @Autowired
    protected MutableClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.release();
    }

    protected Api api() {
        return Api.at(port);
    }

    // --- events -------------------------------------------------------------------------------------------------

    /** The contract's example body of {@code ceType}, to adjust and send. */
    protected static ObjectNode example(String ceType) {
        return (ObjectNode) JSON.readTree(ContractExamples.body(ceType));
    }

    /** Sends a record as the owning service would, and returns its ce_id. */
    protected static String publish(String topic, String ceType, String key, Object body) {
        Map<String, String> headers = new HashMap<>(TestInfrastructure.ceHeaders(ceType, key));
        TestInfrastructure.send(topic, key, body instanceof String s ? s : JSON.writeValueAsString(body), headers);
        return headers.get("ce_id");
    }

    protected static String publish(String topic, String ceType, String key, Object body, String ceId) {
        Map<String, String> headers = new HashMap<>(TestInfrastructure.ceHeaders(ceType, key));
        headers.put("ce_id", ceId);
        TestInfrastructure.send(topic, key, body instanceof String s ? s : JSON.writeValueAsString(body), headers);
        return ceId;
    }

    protected List<Delivery> deliveriesOf(String sourceEventId) {
        return mongo.find(Query.query(Criteria.where("sourceEventId").is(sourceEventId)), Delivery.class, "deliveries");
    }

    protected List<Delivery> deliveries(Criteria criteria) {
        return mongo.find(Query.query(criteria), Delivery.class, "deliveries");
    }

    // --- mail ---------------------------------------------------------------------------------------------------

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail startMail() {
        GreenMail greenMail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return greenMail;
    }

    private static WireMockServer startSms() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        server.stubFor(post(urlPathEqualTo(ESMS_PATH))
                .atPriority(10)
                .willReturn(okJson("{\"CodeResult\":\"100\",\"SMSID\":\"esms-ok\"}")));
        return server;
    }

    /** The SMTP server goes away: connections are refused until {@link #smtpBack()}. */
    protected static synchronized void smtpDown() {
        mail.stop();
    }

    protected static synchronized void smtpBack() {
        mail = startMail();
    }

    /** Mail received for {@code address}, as (delivery id header → message). */
    protected static synchronized List<ReceivedMail> mailTo(String address) {
        List<ReceivedMail> out = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            try {
                String to = message.getAllRecipients()[0].toString();
                if (to.equalsIgnoreCase(address)) {
                    out.add(new ReceivedMail(
                            message.getHeader(SmtpEmailSender.DELIVERY_ID_HEADER, null), message.getSubject(), to));
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    protected static synchronized List<ReceivedMail> allMail() {
        List<ReceivedMail> out = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            try {
                out.add(new ReceivedMail(
                        message.getHeader(SmtpEmailSender.DELIVERY_ID_HEADER, null),
                        message.getSubject(),
                        message.getAllRecipients()[0].toString()));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    public record ReceivedMail(String deliveryId, String subject, String to) {}
}
