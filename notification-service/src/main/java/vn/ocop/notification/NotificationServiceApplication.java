package vn.ocop.notification;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Contacts, alerts from business events, deadline reminders and the e-mail/SMS delivery queue. */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class NotificationServiceApplication {

    /** Jakarta Mail's stream provider, named so that it is not looked up with a ServiceLoader for every encoded word. */
    static final String STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    public static void main(String[] args) {
        // Vietnamese subjects are RFC 2047 encoded words: each one asked ServiceLoader for the StreamProvider, a
        // scan of every jar on the class path (≈ 4 % of the service's CPU while sending, docs/benchmarks.md)
        if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
            System.setProperty("jakarta.mail.util.StreamProvider", STREAM_PROVIDER);
        }
        SpringApplication.run(NotificationServiceApplication.class, args);
    }
}
