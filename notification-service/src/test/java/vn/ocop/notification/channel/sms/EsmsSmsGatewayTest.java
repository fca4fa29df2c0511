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
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.RestClient;
import vn.ocop.notification.channel.DeliveryResult;
import vn.ocop.notification.channel.DeliveryStatus;
import vn.ocop.notification.channel.SmsRequest;

class EsmsSmsGatewayTest {

    static final String PATH = "/MainService.svc/json/SendMultipleMessage_V4_post_json/";

    @RegisterExtension
    static WireMockExtension esms = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    static EsmsSmsGateway gateway(String baseUrl, Duration readTimeout) {
        SmsProperties.Esms settings = new SmsProperties.Esms(
                URI.create(baseUrl), null, "api-key-1", "secret-1", null, "https://ocop.example/callbacks/esms", false);
        return new EsmsSmsGateway(
                ProviderHttpClients.withTimeouts(RestClient.builder(), Duration.ofSeconds(1), readTimeout),
                settings,
                "OCOP_QNG");
    }

    private final EsmsSmsGateway gateway = gateway(esms.baseUrl(), Duration.ofSeconds(2));

    @Test
    void postsKeysPhoneBrandnameTypeUnicodeFlagAndDeliveryIdAsRequestId() {
        esms.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson("{\"CodeResult\":\"100\",\"SMSID\":\"abc-1\"}")));

        gateway.send(new SmsRequest("delivery-42", "0912 345 123", "Toi Ly Son - Duc Pho", null, false));

        esms.verify(
                1,
                postRequestedFor(urlPathEqualTo(PATH))
                        .withHeader("Content-Type", equalTo("application/json"))
                        .withRequestBody(equalToJson("""
                        {"ApiKey":"api-key-1","SecretKey":"secret-1","Phone":"0912345123",
                         "Content":"Toi Ly Son - Duc Pho","Brandname":"OCOP_QNG","SmsType":"2",
                         "IsUnicode":"0","Sandbox":"0","RequestId":"delivery-42",
                         "CallbackUrl":"https://ocop.example/callbacks/esms"}""")));
    }

    @Test
    void sendsUnicodeFlagAndRequestBrandnameWhenAsked() {
        esms.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson("{\"CodeResult\":\"100\",\"SMSID\":\"abc-2\"}")));

        gateway.send(new SmsRequest("delivery-43", "0912345123", "Tỏi Lý Sơn", "SO_NNPTNT", true));

        esms.verify(
                1,
                postRequestedFor(urlPathEqualTo(PATH))
                        .withRequestBody(equalToJson(
                                "{\"Content\":\"Tỏi Lý Sơn\",\"Brandname\":\"SO_NNPTNT\",\"IsUnicode\":\"1\"}",
                                true,
                                true)));
    }

    @Test
    void codeResult100IsAcceptedWithTheProviderMessageId() {
        esms.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(okJson("{\"CodeResult\":\"100\",\"CountRegenerate\":0," + "\"SMSID\":\"d533459e-42b2\"}")));

        DeliveryResult result = gateway.send(new SmsRequest("d-1", "0912345123", "text", null, false));

        assertThat(result.status()).isEqualTo(DeliveryStatus.ACCEPTED);
        assertThat(result.providerMessageId()).isEqualTo("d533459e-42b2");
    }

    @Test
    void duplicateRequestIdMeansAnEarlierAttemptGotThroughSoItIsAccepted() {
        esms.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson("{\"CodeResult\":\"124\"}")));

        assertThat(gateway.send(new SmsRequest("d-1", "0912345123", "text", null, false))
                        .status())
                .isEqualTo(DeliveryStatus.ACCEPTED);
    }

    @Test
    void invalidPhoneAnsweredInsideHttp200IsPermanent() {
        esms.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(
                        okJson("{\"CodeResult\":\"108\",\"ErrorMessage\":\"Phone number is not in correct format\"}")));

        DeliveryResult result = gateway.send(new SmsRequest("d-1", "09123", "text", null, false));

        assertThat(result.status()).isEqualTo(DeliveryStatus.PERMANENT);
        assertThat(result.reason()).contains("108").doesNotContain("09123");
    }

    @Test
    void wrongKeysArePermanent() {
        esms.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson("{\"CodeResult\":\"101\"}")));

        assertThat(gateway.send(new SmsRequest("d-1", "0912345123", "text", null, false))
                        .status())
                .isEqualTo(DeliveryStatus.PERMANENT);
    }

    @Test
    void serviceUnavailableAndThrottlingAreRetryable() {
        esms.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(503)));
        assertThat(gateway.send(new SmsRequest("d-1", "0912345123", "text", null, false))
                        .status())
                .isEqualTo(DeliveryStatus.RETRYABLE);

        esms.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(429)));
        assertThat(gateway.send(new SmsRequest("d-1", "0912345123", "text", null, false))
                        .status())
                .isEqualTo(DeliveryStatus.RETRYABLE);
    }

    @Test
    void unauthorisedHttpAnswerIsPermanent() {
        esms.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401)));

        assertThat(gateway.send(new SmsRequest("d-1", "0912345123", "text", null, false))
                        .status())
                .isEqualTo(DeliveryStatus.PERMANENT);
    }

    @Test
    void providerSlowerThanReadTimeoutIsRetryable() {
        esms.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(okJson("{\"CodeResult\":\"100\"}").withFixedDelay(1_500)));
        EsmsSmsGateway impatient = gateway(esms.baseUrl(), Duration.ofMillis(200));

        DeliveryResult result = impatient.send(new SmsRequest("d-1", "0912345123", "text", null, false));

        assertThat(result.status()).isEqualTo(DeliveryStatus.RETRYABLE);
    }

    @Test
    void unreachableProviderIsRetryable() {
        EsmsSmsGateway nowhere = gateway("http://127.0.0.1:1", Duration.ofMillis(500));

        assertThat(nowhere.send(new SmsRequest("d-1", "0912345123", "text", null, false))
                        .status())
                .isEqualTo(DeliveryStatus.RETRYABLE);
    }
}
