package vn.ocop.notification.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.github.resilience4j.springboot3.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration;
import io.github.resilience4j.springboot3.ratelimiter.autoconfigure.RateLimiterAutoConfiguration;
import io.github.resilience4j.springboot3.retry.autoconfigure.RetryAutoConfiguration;
import io.github.resilience4j.springboot3.timelimiter.autoconfigure.TimeLimiterAutoConfiguration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JAutoConfiguration;
import vn.ocop.notification.channel.email.DevEmailSink;
import vn.ocop.notification.channel.email.EmailChannelConfiguration;
import vn.ocop.notification.channel.resilience.ChannelResilienceConfiguration;
import vn.ocop.notification.channel.resilience.ResilienceProperties;
import vn.ocop.notification.channel.sms.DevSmsSink;
import vn.ocop.notification.channel.sms.SmsChannelConfiguration;
import vn.ocop.notification.channel.sms.SmsProperties;

/** The channel beans inside the same auto-configuration the service runs with (no Kafka, no Mongo). */
class ChannelConfigurationTest {

    @RegisterExtension
    static WireMockExtension esms = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    CircuitBreakerAutoConfiguration.class,
                    TimeLimiterAutoConfiguration.class,
                    RetryAutoConfiguration.class,
                    RateLimiterAutoConfiguration.class,
                    Resilience4JAutoConfiguration.class,
                    RestClientAutoConfiguration.class,
                    MailSenderAutoConfiguration.class))
            .withUserConfiguration(
                    ChannelResilienceConfiguration.class,
                    SmsChannelConfiguration.class,
                    EmailChannelConfiguration.class);

    private static final SmsRequest SMS = new SmsRequest("delivery-1", "0912345123", "OCOP test", null, false);

    @Test
    void withoutConfigurationNothingLeavesTheMachine() {
        context.run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(SmsGateway.class).send(SMS).isAccepted()).isTrue();
            assertThat(ctx.getBean(DevSmsSink.class).messages())
                    .extracting(SmsRequest::clientRequestId)
                    .containsExactly("delivery-1");
            EmailMessage mail = new EmailMessage("delivery-2", "an@example.org", "Tiêu đề", "t", "<p>h</p>");
            assertThat(ctx.getBean(EmailSender.class).send(mail).isAccepted()).isTrue();
            assertThat(ctx.getBean(DevEmailSink.class).messages()).containsExactly(mail);
        });
    }

    @Test
    void esmsProviderIsSelectedByPropertyAndUsesConfiguredKeysAndBrandname() {
        esms.stubFor(post(urlPathEqualTo("/MainService.svc/json/SendMultipleMessage_V4_post_json/"))
                .willReturn(okJson("{\"CodeResult\":\"100\",\"SMSID\":\"x\"}")));
        context.withPropertyValues(
                        "ocop.notification.sms.provider=esms",
                        "ocop.notification.sms.brandname=OCOP_QNG",
                        "ocop.notification.sms.esms.base-url=" + esms.baseUrl(),
                        "ocop.notification.sms.esms.api-key=k-1",
                        "ocop.notification.sms.esms.secret-key=s-1")
                .run(ctx -> {
                    assertThat(ctx).doesNotHaveBean(DevSmsSink.class);
                    assertThat(ctx.getBean(SmsGateway.class).send(SMS).isAccepted())
                            .isTrue();
                    esms.verify(
                            1,
                            postRequestedFor(urlPathEqualTo("/MainService.svc/json/SendMultipleMessage_V4_post_json/"))
                                    .withRequestBody(matchingJsonPath("$.ApiKey", equalTo("k-1")))
                                    .withRequestBody(matchingJsonPath("$.Brandname", equalTo("OCOP_QNG")))
                                    .withRequestBody(matchingJsonPath("$.RequestId", equalTo("delivery-1"))));
                });
    }

    @Test
    void smtpTransportSendsThroughSpringBootMailSettings() {
        context.withPropertyValues(
                        "ocop.notification.email.transport=smtp",
                        "spring.mail.host=127.0.0.1",
                        "spring.mail.port=" + smtp.getSmtp().getPort())
                .run(ctx -> {
                    assertThat(ctx).doesNotHaveBean(DevEmailSink.class);
                    EmailMessage mail = new EmailMessage("delivery-3", "an@example.org", "Hồ sơ mới", "t", "<p>h</p>");
                    assertThat(ctx.getBean(EmailSender.class).send(mail).isAccepted())
                            .isTrue();
                    assertThat(smtp.getReceivedMessages())
                            .extracting(m -> m.getSubject())
                            .contains("Hồ sơ mới");
                });
    }

    @Test
    void quietHoursAndRetryBudgetAreConfigurable() {
        context.withPropertyValues(
                        "ocop.notification.sms.quiet-hours.start=22:00",
                        "ocop.notification.sms.quiet-hours.end=06:30",
                        "ocop.notification.resilience.sms.max-attempts=2",
                        "ocop.notification.resilience.email.open-state-wait=2m")
                .run(ctx -> {
                    QuietHours quietHours = ctx.getBean(SmsProperties.class).quietHours();
                    assertThat(quietHours.start()).isEqualTo(LocalTime.of(22, 0));
                    assertThat(quietHours.end()).isEqualTo(LocalTime.of(6, 30));
                    assertThat(quietHours.zone().getId()).isEqualTo("Asia/Ho_Chi_Minh");
                    ResilienceProperties resilience = ctx.getBean(ResilienceProperties.class);
                    assertThat(resilience.sms().maxAttempts()).isEqualTo(2);
                    assertThat(resilience.email().openStateWait()).hasMinutes(2);
                    assertThat(resilience.email().maxAttempts()).isEqualTo(4);
                });
    }
}
