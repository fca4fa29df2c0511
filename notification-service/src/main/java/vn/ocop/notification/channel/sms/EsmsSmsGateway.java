package vn.ocop.notification.channel.sms;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import vn.ocop.notification.channel.DeliveryResult;
import vn.ocop.notification.channel.Masking;
import vn.ocop.notification.channel.SmsGateway;
import vn.ocop.notification.channel.SmsRequest;

/**
 * eSMS (esms.vn) brandname customer-care SMS. eSMS answers HTTP 200 for most business errors and puts the verdict in
 * {@code CodeResult}; "100" only means the request was queued, the handset report comes later on the CallbackUrl.
 * The delivery id goes in {@code RequestId}, which eSMS de-duplicates for 24 hours ("124" = duplicate RequestId).
 */
public final class EsmsSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(EsmsSmsGateway.class);
    private static final String PROVIDER = "eSMS";
    static final String ACCEPTED = "100";
    static final String DUPLICATE_REQUEST_ID = "124";

    /** Codes from eSMS's table of error codes that no resend can fix. Any other code is treated the same way. */
    private static final Map<String, String> PERMANENT_CODES = Map.ofEntries(
            Map.entry("99", "phone number blocked"),
            Map.entry("101", "wrong ApiKey or SecretKey"),
            Map.entry("102", "no price list for the account"),
            Map.entry("103", "balance too low"),
            Map.entry("104", "brandname not registered"),
            Map.entry("108", "invalid phone number"),
            Map.entry("140", "server IP not whitelisted"),
            Map.entry("146", "content does not match a registered customer-care template"),
            Map.entry("177", "mobile network not registered for the brandname"),
            Map.entry("300", "missing message type"));

    private final RestClient http;
    private final SmsProperties.Esms settings;
    private final String defaultBrandname;

    public EsmsSmsGateway(RestClient.Builder builder, SmsProperties.Esms settings, String defaultBrandname) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.defaultBrandname = defaultBrandname;
        this.http = builder.clone().baseUrl(settings.baseUrl().toString()).build();
    }

    @Override
    public DeliveryResult send(SmsRequest request) {
        SendRequest body = new SendRequest(
                settings.apiKey(),
                settings.secretKey(),
                PhoneNumbers.digitsOnly(request.phone()),
                request.text(),
                request.brandname() != null ? request.brandname() : defaultBrandname,
                settings.smsType(),
                request.unicode() ? "1" : "0",
                settings.sandbox() ? "1" : "0",
                request.clientRequestId(),
                settings.callbackUrl());
        DeliveryResult result;
        try {
            result = http.post()
                    .uri(settings.sendPath())
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(body)
                    .exchange(
                            (httpRequest, response) -> response.getStatusCode().is2xxSuccessful()
                                    ? classify(response.bodyTo(SendResponse.class))
                                    : ProviderHttpStatus.classify(PROVIDER, response.getStatusCode()));
        } catch (RestClientException e) {
            // Timeouts and refused connections; the RequestId keeps a resend from doubling a message that got through.
            result = DeliveryResult.retryable(
                    PROVIDER + " unreachable: " + e.getClass().getSimpleName());
        }
        log.info(
                "eSMS send delivery={} phone={} status={} reason={}",
                request.clientRequestId(),
                Masking.phone(request.phone()),
                result.status(),
                result.reason());
        return result;
    }

    private static DeliveryResult classify(SendResponse response) {
        if (response == null || response.codeResult() == null) {
            return DeliveryResult.retryable(PROVIDER + " empty answer");
        }
        String code = response.codeResult().trim();
        if (ACCEPTED.equals(code) || DUPLICATE_REQUEST_ID.equals(code)) {
            return DeliveryResult.accepted(response.smsId());
        }
        String known = PERMANENT_CODES.getOrDefault(code, "unrecognised code");
        return DeliveryResult.permanent(PROVIDER + " " + code + " " + known);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SendRequest(
            @JsonProperty("ApiKey") String apiKey,
            @JsonProperty("SecretKey") String secretKey,
            @JsonProperty("Phone") String phone,
            @JsonProperty("Content") String content,
            @JsonProperty("Brandname") String brandname,
            @JsonProperty("SmsType") String smsType,
            @JsonProperty("IsUnicode") String isUnicode,
            @JsonProperty("Sandbox") String sandbox,
            @JsonProperty("RequestId") String requestId,
            @JsonProperty("CallbackUrl") String callbackUrl) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SendResponse(
            @JsonProperty("CodeResult") String codeResult,
            @JsonProperty("SMSID") String smsId,
            @JsonProperty("ErrorMessage") String errorMessage) {}
}
