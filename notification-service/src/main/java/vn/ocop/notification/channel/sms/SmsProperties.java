package vn.ocop.notification.channel.sms;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.ocop.notification.channel.QuietHours;

/**
 * {@code ocop.notification.sms.*}: which provider, how to reach it, under which brandname, and the quiet hours.
 *
 * @param provider       esms, speedsms or dev (default dev, so that nothing is sent by accident)
 * @param brandname      the registered sender name used when a request names none
 * @param unicode        whether messages keep diacritics (UCS-2, dearer and shorter); default false: ASCII, 160 chars
 * @param connectTimeout TCP connect timeout to the provider
 * @param readTimeout    response timeout; a timeout is RETRYABLE, and the request id lets the provider drop the copy
 * @param quietHours     when non-urgent SMS wait
 */
@ConfigurationProperties("ocop.notification.sms")
public record SmsProperties(
        SmsProvider provider,
        String brandname,
        boolean unicode,
        Duration connectTimeout,
        Duration readTimeout,
        QuietHours quietHours,
        Esms esms,
        SpeedSms speedsms) {

    public SmsProperties {
        provider = Objects.requireNonNullElse(provider, SmsProvider.DEV);
        connectTimeout = Objects.requireNonNullElse(connectTimeout, Duration.ofSeconds(3));
        readTimeout = Objects.requireNonNullElse(readTimeout, Duration.ofSeconds(10));
        quietHours = Objects.requireNonNullElse(quietHours, QuietHours.PROVINCE_DEFAULT);
        esms = Objects.requireNonNullElseGet(esms, () -> new Esms(null, null, null, null, null, null, false));
        speedsms = Objects.requireNonNullElseGet(speedsms, () -> new SpeedSms(null, null, null, null, null));
    }

    /**
     * eSMS settings. Shape taken from developers.esms.vn ("Send OTP/Customer care message",
     * POST /MainService.svc/json/SendMultipleMessage_V4_post_json/).
     *
     * @param baseUrl     default https://rest.esms.vn
     * @param sendPath    default /MainService.svc/json/SendMultipleMessage_V4_post_json/
     * @param apiKey      ApiKey
     * @param secretKey   SecretKey
     * @param smsType     SmsType; "2" = brandname customer care (needs pre-registered content templates)
     * @param callbackUrl optional delivery-report webhook (CallbackUrl)
     * @param sandbox     Sandbox=1: validated and answered but neither sent nor charged
     */
    public record Esms(
            URI baseUrl,
            String sendPath,
            String apiKey,
            String secretKey,
            String smsType,
            String callbackUrl,
            boolean sandbox) {

        public Esms {
            baseUrl = Objects.requireNonNullElse(baseUrl, URI.create("https://rest.esms.vn"));
            sendPath = Objects.requireNonNullElse(sendPath, "/MainService.svc/json/SendMultipleMessage_V4_post_json/");
            smsType = Objects.requireNonNullElse(smsType, "2");
        }

        @Override
        public String toString() {
            return "Esms[baseUrl=" + baseUrl + ", smsType=" + smsType + ", sandbox=" + sandbox + "]";
        }
    }

    /**
     * SpeedSMS settings. Shape taken from SpeedSMS's published client code (POST /index.php/sms/send, basic auth with
     * the access token as user name and "x" as password). SpeedSMS documents no client request id; if the account
     * manager confirms one, name its JSON field in {@code requestIdField} and the delivery id is sent in it.
     *
     * @param baseUrl        default https://api.speedsms.vn
     * @param sendPath       default /index.php/sms/send
     * @param accessToken    the API access token (connect.speedsms.vn → Settings → Profile)
     * @param smsType        sms_type: 2 random number, 3 registered brandname (default), 4 default brandname
     *                       (Notify/Verify), 5 Android app gateway
     * @param requestIdField optional JSON field carrying the delivery id; unset by default (not documented)
     */
    public record SpeedSms(URI baseUrl, String sendPath, String accessToken, Integer smsType, String requestIdField) {

        public SpeedSms {
            baseUrl = Objects.requireNonNullElse(baseUrl, URI.create("https://api.speedsms.vn"));
            sendPath = Objects.requireNonNullElse(sendPath, "/index.php/sms/send");
            smsType = Objects.requireNonNullElse(smsType, 3);
        }

        @Override
        public String toString() {
            return "SpeedSms[baseUrl=" + baseUrl + ", smsType=" + smsType + "]";
        }
    }
}
