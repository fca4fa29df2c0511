package vn.ocop.notification.channel.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.web.client.RestClient;
import vn.ocop.notification.channel.DeliveryChannel;
import vn.ocop.notification.channel.DeliveryResult;
import vn.ocop.notification.channel.DeliveryStatus;
import vn.ocop.notification.channel.SmsGateway;
import vn.ocop.notification.channel.SmsRequest;
import vn.ocop.notification.channel.sms.EsmsSmsGateway;
import vn.ocop.notification.channel.sms.ProviderHttpClients;
import vn.ocop.notification.channel.sms.SmsProperties;
import vn.ocop.notification.channel.sms.SpeedSmsGateway;

class ResilientSmsDeliveryTest {

    private static final String ESMS_PATH = "/MainService.svc/json/SendMultipleMessage_V4_post_json/";
    private static final String SPEEDSMS_PATH = "/index.php/sms/send";
    private static final SmsRequest SMS =
            new SmsRequest("delivery-2020-0001", "0912345123", "OCOP: Toi Ly Son duoc cong nhan 4 sao", null, false);

    @RegisterExtension
    static WireMockExtension provider = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final ResilientDeliveryFactory factory = new ResilientDeliveryFactory(
            new Resilience4JCircuitBreakerFactory(
                    CircuitBreakerRegistry.ofDefaults(), TimeLimiterRegistry.ofDefaults(), null),
            RetryRegistry.ofDefaults(),
            RateLimiterRegistry.ofDefaults());

    /** Quick backoff, a breaker that never opens, a rate limit that never bites. */
    private static ChannelPolicy retryOnly(int attempts) {
        return new ChannelPolicy(
                attempts,
                Duration.ofMillis(20),
                2.0,
                Duration.ofMillis(100),
                100f,
                100,
                100,
                Duration.ofSeconds(30),
                1,
                Duration.ofSeconds(5),
                1_000,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1));
    }

    private SmsGateway esms(ChannelPolicy policy) {
        SmsProperties.Esms settings =
                new SmsProperties.Esms(URI.create(provider.baseUrl()), null, "key", "secret", null, null, false);
        return new ResilientSmsGateway(
                new EsmsSmsGateway(http(), settings, "OCOP_QNG"), factory.create(DeliveryChannel.SMS, policy));
    }

    private SmsGateway speedsms(ChannelPolicy policy) {
        SmsProperties.SpeedSms settings =
                new SmsProperties.SpeedSms(URI.create(provider.baseUrl()), null, "token", null, "request_id");
        return new ResilientSmsGateway(
                new SpeedSmsGateway(http(), settings, "OCOP_QNG"), factory.create(DeliveryChannel.SMS, policy));
    }

    private static RestClient.Builder http() {
        return ProviderHttpClients.withTimeouts(RestClient.builder(), Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    /** 503, 503, 503, then the given success body. */
    private static void flakyThenOk(String path, String okBody) {
        String[] states = {STARTED, "failed-1", "failed-2", "failed-3"};
        for (int i = 0; i < 3; i++) {
            provider.stubFor(post(urlPathEqualTo(path))
                    .inScenario("flaky")
                    .whenScenarioStateIs(states[i])
                    .willReturn(aResponse().withStatus(503))
                    .willSetStateTo(states[i + 1]));
        }
        provider.stubFor(post(urlPathEqualTo(path))
                .inScenario("flaky")
                .whenScenarioStateIs(states[3])
                .willReturn(okJson(okBody)));
    }

    @Test
    void eSmsOutageOfThreeAnswersIsRiddenOutWithTheSameRequestIdOnEveryAttempt() {
        flakyThenOk(ESMS_PATH, "{\"CodeResult\":\"100\",\"SMSID\":\"sms-1\"}");

        DeliveryResult result = esms(retryOnly(4)).send(SMS);

        assertThat(result.status()).isEqualTo(DeliveryStatus.ACCEPTED);
        assertThat(result.providerMessageId()).isEqualTo("sms-1");
        provider.verify(4, postRequestedFor(urlPathEqualTo(ESMS_PATH)));
        provider.verify(
                4,
                postRequestedFor(urlPathEqualTo(ESMS_PATH))
                        .withRequestBody(matchingJsonPath("$.RequestId", equalTo("delivery-2020-0001"))));
    }

    @Test
    void speedSmsOutageIsRiddenOutWithTheSameRequestIdOnEveryAttempt() {
        flakyThenOk(SPEEDSMS_PATH, "{\"status\":\"success\",\"code\":\"00\",\"data\":{\"tranId\":55}}");

        DeliveryResult result = speedsms(retryOnly(4)).send(SMS);

        assertThat(result.status()).isEqualTo(DeliveryStatus.ACCEPTED);
        assertThat(result.providerMessageId()).isEqualTo("55");
        provider.verify(4, postRequestedFor(urlPathEqualTo(SPEEDSMS_PATH)));
        provider.verify(
                4,
                postRequestedFor(urlPathEqualTo(SPEEDSMS_PATH))
                        .withRequestBody(matchingJsonPath("$.request_id", equalTo("delivery-2020-0001"))));
    }

    @Test
    void outageLongerThanTheRetryBudgetEndsRetryableForTheQueue() {
        provider.stubFor(post(urlPathEqualTo(ESMS_PATH)).willReturn(aResponse().withStatus(503)));

        DeliveryResult result = esms(retryOnly(3)).send(SMS);

        assertThat(result.status()).isEqualTo(DeliveryStatus.RETRYABLE);
        assertThat(result.reason()).contains("503");
        provider.verify(3, postRequestedFor(urlPathEqualTo(ESMS_PATH)));
    }

    @Test
    void permanentRejectionIsNotRetried() {
        provider.stubFor(post(urlPathEqualTo(ESMS_PATH)).willReturn(aResponse().withStatus(400)));

        DeliveryResult result = esms(retryOnly(4)).send(SMS);

        assertThat(result.status()).isEqualTo(DeliveryStatus.PERMANENT);
        provider.verify(1, postRequestedFor(urlPathEqualTo(ESMS_PATH)));
    }

    @Test
    void permanentProviderCodeIsNotRetried() {
        provider.stubFor(post(urlPathEqualTo(ESMS_PATH)).willReturn(okJson("{\"CodeResult\":\"108\"}")));

        assertThat(esms(retryOnly(4)).send(SMS).status()).isEqualTo(DeliveryStatus.PERMANENT);
        provider.verify(1, postRequestedFor(urlPathEqualTo(ESMS_PATH)));
    }

    @Test
    void circuitOpensAfterFailuresFailsFastWithoutCallingAndRecoversAfterTheWait() {
        provider.stubFor(post(urlPathEqualTo(ESMS_PATH)).willReturn(aResponse().withStatus(503)));
        ChannelPolicy policy = new ChannelPolicy(
                2,
                Duration.ofMillis(10),
                1.0,
                Duration.ofMillis(10),
                50f,
                4,
                4,
                Duration.ofMillis(300),
                1,
                Duration.ofSeconds(5),
                1_000,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1));
        SmsGateway gateway = esms(policy);

        gateway.send(SMS);
        gateway.send(SMS);
        assertThat(factory.circuitState(DeliveryChannel.SMS)).isEqualTo(CircuitBreaker.State.OPEN);
        provider.verify(4, postRequestedFor(urlPathEqualTo(ESMS_PATH)));

        DeliveryResult whileOpen = gateway.send(SMS);
        assertThat(whileOpen.status()).isEqualTo(DeliveryStatus.RETRYABLE);
        assertThat(whileOpen.reason()).contains("circuit open");
        provider.verify(4, postRequestedFor(urlPathEqualTo(ESMS_PATH)));

        provider.stubFor(
                post(urlPathEqualTo(ESMS_PATH)).willReturn(okJson("{\"CodeResult\":\"100\",\"SMSID\":\"s\"}")));
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> gateway.send(SMS).isAccepted());
        assertThat(factory.circuitState(DeliveryChannel.SMS)).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void permanentFailuresDoNotOpenTheCircuit() {
        provider.stubFor(post(urlPathEqualTo(ESMS_PATH)).willReturn(okJson("{\"CodeResult\":\"108\"}")));
        ChannelPolicy policy = new ChannelPolicy(
                1,
                null,
                null,
                null,
                50f,
                4,
                4,
                Duration.ofSeconds(30),
                1,
                null,
                1_000,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1));
        SmsGateway gateway = esms(policy);

        for (int i = 0; i < 6; i++) {
            gateway.send(SMS);
        }

        assertThat(factory.circuitState(DeliveryChannel.SMS)).isEqualTo(CircuitBreaker.State.CLOSED);
        provider.verify(6, postRequestedFor(urlPathEqualTo(ESMS_PATH)));
    }

    @Test
    void sendBeyondTheRateLimitIsRetryableAndNeverReachesTheProvider() {
        provider.stubFor(post(urlPathEqualTo(ESMS_PATH)).willReturn(okJson("{\"CodeResult\":\"100\"}")));
        ChannelPolicy policy = new ChannelPolicy(
                3,
                Duration.ofMillis(10),
                1.0,
                Duration.ofMillis(10),
                50f,
                4,
                4,
                Duration.ofSeconds(30),
                1,
                Duration.ofSeconds(5),
                1,
                Duration.ofMinutes(10),
                Duration.ZERO);
        SmsGateway gateway = esms(policy);

        DeliveryResult first = gateway.send(SMS);
        DeliveryResult second = gateway.send(new SmsRequest("delivery-2020-0002", "0912345124", "x", null, false));

        assertThat(first.status()).isEqualTo(DeliveryStatus.ACCEPTED);
        assertThat(second.status()).isEqualTo(DeliveryStatus.RETRYABLE);
        assertThat(second.reason()).contains("rate limit");
        provider.verify(1, postRequestedFor(urlPathEqualTo(ESMS_PATH)));
        assertThat(factory.circuitState(DeliveryChannel.SMS)).isEqualTo(CircuitBreaker.State.CLOSED);
    }
}
