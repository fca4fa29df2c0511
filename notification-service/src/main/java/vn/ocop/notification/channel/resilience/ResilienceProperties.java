package vn.ocop.notification.channel.resilience;

import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code ocop.notification.resilience.sms.*} and {@code ocop.notification.resilience.email.*}. */
@ConfigurationProperties("ocop.notification.resilience")
public record ResilienceProperties(ChannelPolicy sms, ChannelPolicy email) {

    public ResilienceProperties {
        sms = Objects.requireNonNullElseGet(sms, ChannelPolicy::defaults);
        email = Objects.requireNonNullElseGet(email, ChannelPolicy::defaults);
    }
}
