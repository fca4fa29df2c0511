package vn.ocop.notification.delivery.application;

import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.ocop.notification.channel.DeliveryChannel;
import vn.ocop.notification.channel.DeliveryResult;
import vn.ocop.notification.channel.EmailMessage;
import vn.ocop.notification.channel.EmailSender;
import vn.ocop.notification.channel.SmsGateway;
import vn.ocop.notification.channel.SmsRequest;
import vn.ocop.notification.channel.sms.SmsProperties;
import vn.ocop.notification.contact.Contact;
import vn.ocop.notification.contact.persistence.ContactStore;
import vn.ocop.notification.delivery.Delivery;
import vn.ocop.notification.delivery.persistence.DeliveryStore;
import vn.ocop.platform.events.EventFactory;
import vn.ocop.platform.events.OutboxEntry;

/**
 * Works the delivery queue: lists a batch of due deliveries with one scan, claims them one at a time by id, hands
 * each to its (resilient) channel, and stores the outcome together with its NotificationDelivered /
 * NotificationFailed event. A retryable failure stays PENDING with a backoff, so an SMTP outage only delays mail;
 * nothing is sent twice because a delivery is claimed atomically and the provider sees the delivery id as its
 * request id.
 */
@Component
public class DeliverySender {

    private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);

    private final DeliveryStore deliveries;
    private final ContactStore contacts;
    private final EmailSender email;
    private final SmsGateway sms;
    private final SmsProperties smsProperties;
    private final DeliveryProperties properties;
    private final EventFactory events;
    private final MeterRegistry meters;
    private final Clock clock;
    private final String owner;

    @Autowired
    public DeliverySender(
            DeliveryStore deliveries,
            ContactStore contacts,
            EmailSender email,
            SmsGateway sms,
            SmsProperties smsProperties,
            DeliveryProperties properties,
            EventFactory events,
            MeterRegistry meters,
            Clock clock) {
        this(
                deliveries,
                contacts,
                email,
                sms,
                smsProperties,
                properties,
                events,
                meters,
                clock,
                "notification@" + ManagementFactory.getRuntimeMXBean().getName());
    }

    /** With an explicit claim owner, for a second instance in the same JVM (tests). */
    public DeliverySender(
            DeliveryStore deliveries,
            ContactStore contacts,
            EmailSender email,
            SmsGateway sms,
            SmsProperties smsProperties,
            DeliveryProperties properties,
            EventFactory events,
            MeterRegistry meters,
            Clock clock,
            String owner) {
        this.deliveries = deliveries;
        this.contacts = contacts;
        this.email = email;
        this.sms = sms;
        this.smsProperties = smsProperties;
        this.properties = properties;
        this.events = events;
        this.meters = meters;
        this.clock = clock;
        this.owner = owner;
    }

    /**
     * Works the queue until it is drained: one scan lists a batch of due deliveries, each is then claimed by id and
     * sent; passes repeat while a scan came back full. A delivery another instance claimed meanwhile is skipped.
     */
    @Scheduled(fixedDelayString = "${ocop.notification.delivery.poll-interval:PT1S}")
    public void sendDue() {
        try {
            int batchSize = properties.batchSize();
            List<String> due;
            do {
                due = deliveries.dueIds(clock.instant(), batchSize);
                for (String id : due) {
                    deliveries
                            .claim(id, owner, clock.instant(), properties.claimLease())
                            .ifPresent(this::send);
                }
            } while (due.size() >= batchSize);
        } catch (RuntimeException e) {
            log.warn("Delivery queue pass stopped, the next pass continues: {}", e.toString());
        }
    }

    private void send(Delivery delivery) {
        long claimedVersion = delivery.version();
        Instant now = clock.instant();
        Instant earliest = delivery.earliestSend(now, smsProperties.quietHours());
        if (earliest.isAfter(now)) {
            delivery.deferUntil(earliest, now);
            save(delivery, claimedVersion, List.of());
            count(delivery.channel(), "deferred");
            return;
        }
        DeliveryResult result = contacts.byId(delivery.contactId())
                .map(contact -> hand(delivery, contact))
                .orElseGet(() -> DeliveryResult.permanent("contact no longer exists"));
        boolean done = delivery.record(result, clock.instant(), properties.schedule());
        List<OutboxEntry> outcome = done ? List.of(outcomeEvent(delivery)) : List.of();
        save(delivery, claimedVersion, outcome);
        count(delivery.channel(), done ? delivery.status().name().toLowerCase(java.util.Locale.ROOT) : "retry");
        log.info(
                "Delivery {} channel={} status={} attempts={} reason={}",
                delivery.id(),
                delivery.channel(),
                delivery.status(),
                delivery.attempts(),
                result.reason());
    }

    private DeliveryResult hand(Delivery delivery, Contact contact) {
        String address = contact.address(delivery.channel());
        if (address == null) {
            return DeliveryResult.permanent("contact has no address for " + delivery.channel());
        }
        if (delivery.channel() == DeliveryChannel.EMAIL) {
            return email.send(
                    new EmailMessage(delivery.id(), address, delivery.subject(), delivery.text(), delivery.html()));
        }
        return sms.send(new SmsRequest(delivery.id(), address, delivery.text(), null, delivery.unicode()));
    }

    private OutboxEntry outcomeEvent(Delivery delivery) {
        NotificationOutcome body = NotificationOutcome.of(delivery, clock.instant());
        return events.create(NotificationOutcome.TOPIC, body.type(), delivery.id(), body);
    }

    private void save(Delivery delivery, long claimedVersion, List<OutboxEntry> outcome) {
        try {
            deliveries.update(delivery, claimedVersion, outcome);
        } catch (OptimisticLockingFailureException e) {
            // the claim lease ran out and another instance took the delivery over: its outcome wins
            log.warn("Delivery {} was taken over by another instance before its outcome was stored", delivery.id());
        }
    }

    private void count(DeliveryChannel channel, String outcome) {
        meters.counter("ocop.notifications", "channel", channel.name(), "outcome", outcome)
                .increment();
    }
}
