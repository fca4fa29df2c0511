package vn.ocop.notification.channel.sms;

import org.springframework.http.HttpStatusCode;
import vn.ocop.notification.channel.DeliveryResult;

/** Classifies a non-2xx answer from an SMS provider by its HTTP status. */
final class ProviderHttpStatus {

    private ProviderHttpStatus() {}

    static DeliveryResult classify(String provider, HttpStatusCode status) {
        int code = status.value();
        String reason = provider + " HTTP " + code;
        // 408 and 425 are the server asking to be asked again; 429 is throttling; 5xx is the provider's own trouble.
        if (status.is5xxServerError() || code == 408 || code == 425 || code == 429) {
            return DeliveryResult.retryable(reason);
        }
        return DeliveryResult.permanent(reason);
    }
}
