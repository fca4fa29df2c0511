package vn.ocop.notification.channel.sms;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.web.client.RestClient;
import vn.ocop.notification.channel.DeliveryChannel;
import vn.ocop.notification.channel.SmsGateway;
import vn.ocop.notification.channel.resilience.ResilienceProperties;
import vn.ocop.notification.channel.resilience.ResilientDeliveryFactory;
import vn.ocop.notification.channel.resilience.ResilientSmsGateway;

/**
 * Chooses the SMS provider from {@code ocop.notification.sms.provider} and exposes it, wrapped in the channel's
 * resilience, as the primary {@link SmsGateway}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsProperties.class)
public class SmsChannelConfiguration {

    @Bean
    @ConditionalOnProperty(name = "ocop.notification.sms.provider", havingValue = "dev", matchIfMissing = true)
    DevSmsSink devSmsSink() {
        return new DevSmsSink();
    }

    @Bean
    @Primary
    SmsGateway smsGateway(
            SmsProperties properties,
            ObjectProvider<RestClient.Builder> builders,
            ObjectProvider<DevSmsSink> devSink,
            ResilientDeliveryFactory resilience,
            ResilienceProperties policies) {
        SmsGateway provider = switch (properties.provider()) {
            case ESMS ->
                new EsmsSmsGateway(httpClient(properties, builders), properties.esms(), properties.brandname());
            case SPEEDSMS ->
                new SpeedSmsGateway(httpClient(properties, builders), properties.speedsms(), properties.brandname());
            case DEV -> devSink.getObject();
        };
        return new ResilientSmsGateway(provider, resilience.create(DeliveryChannel.SMS, policies.sms()));
    }

    private static RestClient.Builder httpClient(
            SmsProperties properties, ObjectProvider<RestClient.Builder> builders) {
        return ProviderHttpClients.withTimeouts(
                builders.getIfAvailable(RestClient::builder), properties.connectTimeout(), properties.readTimeout());
    }
}
