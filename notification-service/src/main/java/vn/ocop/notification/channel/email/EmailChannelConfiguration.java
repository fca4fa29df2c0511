package vn.ocop.notification.channel.email;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSender;
import vn.ocop.notification.channel.DeliveryChannel;
import vn.ocop.notification.channel.EmailSender;
import vn.ocop.notification.channel.resilience.ResilienceProperties;
import vn.ocop.notification.channel.resilience.ResilientDeliveryFactory;
import vn.ocop.notification.channel.resilience.ResilientEmailSender;

/**
 * Chooses the mail transport from {@code ocop.notification.email.transport}: smtp uses Spring Boot's
 * {@link JavaMailSender} ({@code spring.mail.host} must be set), dev keeps mail in memory.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmailProperties.class)
public class EmailChannelConfiguration {

    @Bean
    @ConditionalOnProperty(name = "ocop.notification.email.transport", havingValue = "dev", matchIfMissing = true)
    DevEmailSink devEmailSink() {
        return new DevEmailSink();
    }

    @Bean
    @Primary
    EmailSender emailSender(
            EmailProperties properties,
            ObjectProvider<JavaMailSender> mailSender,
            ObjectProvider<DevEmailSink> devSink,
            ResilientDeliveryFactory resilience,
            ResilienceProperties policies) {
        EmailSender transport = switch (properties.transport()) {
            case SMTP -> new SmtpEmailSender(mailSender.getObject(), properties.from());
            case DEV -> devSink.getObject();
        };
        return new ResilientEmailSender(transport, resilience.create(DeliveryChannel.EMAIL, policies.email()));
    }
}
