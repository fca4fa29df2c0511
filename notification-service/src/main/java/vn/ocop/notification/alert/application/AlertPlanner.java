package vn.ocop.notification.alert.application;

import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.ocop.notification.alert.Alert;
import vn.ocop.notification.channel.DeliveryChannel;
import vn.ocop.notification.channel.sms.SmsProperties;
import vn.ocop.notification.contact.Contact;
import vn.ocop.notification.contact.ContactRole;
import vn.ocop.notification.contact.persistence.ContactStore;
import vn.ocop.notification.delivery.Delivery;
import vn.ocop.notification.delivery.persistence.DeliveryStore;
import vn.ocop.notification.subscription.Subscriptions;
import vn.ocop.notification.template.RenderedEmail;
import vn.ocop.notification.template.SmsText;
import vn.ocop.notification.template.TemplateRenderer;

/**
 * Addresses an alert: every subscribed contact whose unit it concerns, on each channel they can be reached on, in
 * their language. Each (alert, contact, channel) becomes one PENDING delivery; planning the same alert again (a
 * redelivered event, a second instance) meets the unique key and adds nothing.
 */
@Service
public class AlertPlanner {

    private static final Logger log = LoggerFactory.getLogger(AlertPlanner.class);

    private final Subscriptions subscriptions;
    private final ContactStore contacts;
    private final DeliveryStore deliveries;
    private final TemplateRenderer templates;
    private final SmsProperties sms;
    private final Clock clock;

    public AlertPlanner(
            Subscriptions subscriptions,
            ContactStore contacts,
            DeliveryStore deliveries,
            TemplateRenderer templates,
            SmsProperties sms,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.contacts = contacts;
        this.deliveries = deliveries;
        this.templates = templates;
        this.sms = sms;
        this.clock = clock;
    }

    /** Returns how many deliveries were newly planned. */
    public int plan(Alert alert) {
        Set<ContactRole> roles = subscriptions.rolesFor(alert.alertType());
        if (roles.isEmpty()) {
            return 0;
        }
        boolean urgent = subscriptions.urgent(alert.alertType());
        int planned = 0;
        for (Contact contact : contacts.withRoles(roles)) {
            if (!contact.concerns(alert.scope())) {
                continue;
            }
            for (DeliveryChannel channel : contact.reachableChannels()) {
                if (insert(
                        Delivery.planned(plan(alert, contact, channel, urgent), clock.instant(), sms.quietHours()))) {
                    planned++;
                }
            }
        }
        log.info("Alert {} from {} planned {} new deliveries", alert.alertType(), alert.sourceId(), planned);
        return planned;
    }

    private boolean insert(Delivery delivery) {
        try {
            deliveries.insert(delivery);
            return true;
        } catch (DuplicateKeyException alreadyPlanned) {
            return false;
        }
    }

    private Delivery.Plan plan(Alert alert, Contact contact, DeliveryChannel channel, boolean urgent) {
        String subject = null;
        String text;
        String html = null;
        boolean unicode = false;
        if (channel == DeliveryChannel.EMAIL) {
            RenderedEmail email = templates.renderEmail(alert.template(), contact.language(), alert.values());
            subject = email.subject();
            text = email.text();
            html = email.html();
        } else {
            SmsText smsText = templates.renderSms(alert.template(), contact.language(), alert.values(), sms.unicode());
            text = smsText.text();
            unicode = smsText.unicode();
        }
        String district = alert.scope().districtCode() != null ? alert.scope().districtCode() : contact.districtCode();
        return new Delivery.Plan(
                alert.sourceId(),
                alert.sourceEventId(),
                alert.alertType(),
                alert.template().id(),
                contact.id(),
                channel,
                contact.language().tag(),
                district,
                contact.maskedAddress(channel),
                subject,
                text,
                html,
                unicode,
                urgent);
    }
}
