package vn.ocop.notification.channel.sms;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import vn.ocop.notification.channel.DeliveryResult;
import vn.ocop.notification.channel.Masking;
import vn.ocop.notification.channel.SmsGateway;
import vn.ocop.notification.channel.SmsRequest;

/**
 * SpeedSMS (speedsms.vn). Answers {@code {"status":"success","code":"00","data":{"tranId":…}}} or
 * {@code {"status":"error","code":"105","message":…}}. SpeedSMS has no documented Unicode flag (the content's
 * characters decide) and no documented client request id (see {@link SmsProperties.SpeedSms#requestIdField()}):
 * without one, a resend after a read timeout may deliver twice.
 */
public final class SpeedSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(SpeedSmsGateway.class);
    private static final String PROVIDER = "SpeedSMS";
    /** "500: internal error, please try again" is the only code SpeedSMS asks to retry. */
    private static final String INTERNAL_ERROR = "500";

    private static final Map<String, String> KNOWN_CODES = Map.of(
            "007", "server IP locked",
            "008", "account blocked",
            "009", "account not allowed to call the API",
            "101", "invalid or missing parameters",
            "105", "invalid phone number",
            "110", "unsupported content encoding",
            "113", "content too long",
            "300", "balance too low");

    private final RestClient http;
    private final SmsProperties.SpeedSms settings;
    private final String defaultBrandname;

    public SpeedSmsGateway(RestClient.Builder builder, SmsProperties.SpeedSms settings, String defaultBrandname) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.defaultBrandname = defaultBrandname;
        String token = Objects.requireNonNullElse(settings.accessToken(), "");
        this.http = builder.clone()
                .baseUrl(settings.baseUrl().toString())
                .defaultHeader(
                        HttpHeaders.AUTHORIZATION,
                        "Basic " + Base64.getEncoder().encodeToString((token + ":x").getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    @Override
    public DeliveryResult send(SmsRequest request) {
        DeliveryResult result;
        try {
            result = http.post()
                    .uri(settings.sendPath())
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(body(request))
                    .exchange(
                            (httpRequest, response) -> response.getStatusCode().is2xxSuccessful()
                                    ? classify(response.bodyTo(SendResponse.class))
                                    : ProviderHttpStatus.classify(PROVIDER, response.getStatusCode()));
        } catch (RestClientException e) {
            result = DeliveryResult.retryable(
                    PROVIDER + " unreachable: " + e.getClass().getSimpleName());
        }
        log.info(
                "SpeedSMS send delivery={} phone={} status={} reason={}",
                request.clientRequestId(),
                Masking.phone(request.phone()),
                result.status(),
                result.reason());
        return result;
    }

    private Map<String, Object> body(SmsRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", List.of(PhoneNumbers.digitsOnly(request.phone())));
        body.put("content", request.text());
        body.put("sms_type", settings.smsType());
        body.put("sender", request.brandname() != null ? request.brandname() : defaultBrandname);
        if (settings.requestIdField() != null && !settings.requestIdField().isBlank()) {
            body.put(settings.requestIdField(), request.clientRequestId());
        }
        return body;
    }

    private static DeliveryResult classify(SendResponse response) {
        if (response == null || response.status() == null) {
            return DeliveryResult.retryable(PROVIDER + " empty answer");
        }
        if ("success".equalsIgnoreCase(response.status())) {
            Object tranId = response.data() == null ? null : response.data().get("tranId");
            return DeliveryResult.accepted(tranId == null ? null : String.valueOf(tranId));
        }
        String code = Objects.requireNonNullElse(response.code(), "?");
        if (INTERNAL_ERROR.equals(code)) {
            return DeliveryResult.retryable(PROVIDER + " 500 internal error");
        }
        return DeliveryResult.permanent(
                PROVIDER + " " + code + " " + KNOWN_CODES.getOrDefault(code, "unrecognised code"));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SendResponse(String status, String code, String message, Map<String, Object> data) {}
}
