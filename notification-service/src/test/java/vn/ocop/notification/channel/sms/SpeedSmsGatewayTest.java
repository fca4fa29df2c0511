package vn.ocop.notification.channel.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.RestClient;
import vn.ocop.notification.channel.DeliveryResult;
import vn.ocop.notification.channel.DeliveryStatus;
import vn.ocop.notification.channel.SmsRequest;

class SpeedSmsGatewayTest {

    static final String PATH = "/index.php/sms/send";

    @RegisterExtension
    static WireMockExtension speedsms = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    static SpeedSmsGateway gateway(String baseUrl, String requestIdField) {
        SmsProperties.SpeedSms settings =
                new SmsProperties.SpeedSms(URI.create(baseUrl), null, "token-abc", null, requestIdField);
        return new SpeedSmsGateway(
                ProviderHttpClients.withTimeouts(RestClient.builder(), Duration.ofSeconds(1), Duration.ofSeconds(2)),
                settings,
                "OCOP_QNG");
    }

    private final SpeedSmsGateway gateway = gateway(speedsms.baseUrl(), null);

    @Test
    void postsRecipientsContentTypeAndSenderWithTokenAsBasicAuthUser() {
        speedsms.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(okJson(
                        "{\"status\":\"success\",\"code\":\"00\",\"data\":{\"tranId\":123456,\"totalSMS\":1}}")));

        gateway.send(new SmsRequest("delivery-7", "+84 912 345 123", "Toi Ly Son", null, false));

        String basic = Base64.getEncoder().encodeToString("token-abc:x".getBytes(StandardCharsets.UTF_8));
        speedsms.verify(
                1,
                postRequestedFor(urlPathEqualTo(PATH))
                        .withHeader("Authorization", equalTo("Basic " + basic))
                        .withRequestBody(equalToJson("""
                        {"to":["84912345123"],"content":"Toi Ly Son","sms_type":3,"sender":"OCOP_QNG"}""")));
    }

    @Test
    void carriesTheDeliveryIdInTheConfiguredFieldOnly() {
        speedsms.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson("{\"status\":\"success\",\"code\":\"00\"}")));

        gateway(speedsms.baseUrl(), "request_id").send(new SmsRequest("delivery-8", "0912345123", "x", null, false));

        speedsms.verify(
                1,
                postRequestedFor(urlPathEqualTo(PATH))
                        .withRequestBody(equalToJson("{\"request_id\":\"delivery-8\"}", true, true)));
    }

    @Test
    void successIsAcceptedWithTheTransactionId() {
        speedsms.stubFor(
                post(urlPathEqualTo(PATH))
                        .willReturn(
                                okJson(
                                        "{\"status\":\"success\",\"code\":\"00\",\"data\":{\"tranId\":987,\"totalSMS\":1,\"totalPrice\":250}}")));

        DeliveryResult result = gateway.send(new SmsRequest("d-1", "0912345123", "x", null, false));

        assertThat(result.status()).isEqualTo(DeliveryStatus.ACCEPTED);
        assertThat(result.providerMessageId()).isEqualTo("987");
    }

    @Test
    void invalidPhoneErrorIsPermanent() {
        speedsms.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(okJson("{\"status\":\"error\",\"code\":\"105\",\"message\":\"phone invalid\"}")));

        DeliveryResult result = gateway.send(new SmsRequest("d-1", "0912345123", "x", null, false));

        assertThat(result.status()).isEqualTo(DeliveryStatus.PERMANENT);
        assertThat(result.reason()).contains("105");
    }

    @Test
    void providerInternalErrorCodeIsRetryable() {
        speedsms.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(okJson("{\"status\":\"error\",\"code\":\"500\",\"message\":\"internal error\"}")));

        assertThat(gateway.send(new SmsRequest("d-1", "0912345123", "x", null, false))
                        .status())
                .isEqualTo(DeliveryStatus.RETRYABLE);
    }

    @Test
    void badTokenHttp401IsPermanentAndHttp502IsRetryable() {
        speedsms.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401)));
        assertThat(gateway.send(new SmsRequest("d-1", "0912345123", "x", null, false))
                        .status())
                .isEqualTo(DeliveryStatus.PERMANENT);

        speedsms.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(502)));
        assertThat(gateway.send(new SmsRequest("d-1", "0912345123", "x", null, false))
                        .status())
                .isEqualTo(DeliveryStatus.RETRYABLE);
    }
}
