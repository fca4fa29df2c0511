package vn.ocop.notification.alert.messaging;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ocop.notification.alert.Alert;
import vn.ocop.notification.alert.application.AlertPlanner;
import vn.ocop.notification.alert.messaging.IncomingEvents.DossierEvent;
import vn.ocop.notification.alert.messaging.IncomingEvents.ProducerRegistered;
import vn.ocop.notification.alert.messaging.IncomingEvents.RoundScheduled;
import vn.ocop.notification.producer.KnownProducer;
import vn.ocop.notification.producer.application.ProducerDirectory;
import vn.ocop.notification.reminder.application.DeadlineTracker;
import vn.ocop.notification.subscription.AlertScope;
import vn.ocop.notification.template.TemplateType;
import vn.ocop.platform.messaging.EventRouter;
import vn.ocop.platform.messaging.EventRouters;
import vn.ocop.platform.messaging.IncomingEvent;
import vn.ocop.platform.messaging.PoisonMessageException;

/**
 * {@code ocop.dossier.events}: alerts about dossiers, what the district-deadline reminders must know, and the producer
 * registry that contacts are checked against.
 */
@Component
class DossierEventHandler {

    static final String ROUND_SCHEDULED = "vn.ocop.dossier.round-scheduled.v1";
    static final String PRODUCER_REGISTERED = "vn.ocop.dossier.producer-registered.v1";
    static final String SUBMITTED = "vn.ocop.dossier.submitted.v1";
    static final String RETURNED = "vn.ocop.dossier.returned.v1";
    static final String ACCEPTED = "vn.ocop.dossier.accepted.v1";
    static final String FORWARDED = "vn.ocop.dossier.forwarded.v1";
    static final String WITHDRAWN = "vn.ocop.dossier.withdrawn.v1";

    private final AlertPlanner alerts;
    private final DeadlineTracker tracking;
    final EventRouter router;

    DossierEventHandler(
            EventRouters routers, AlertPlanner alerts, DeadlineTracker tracking, ProducerDirectory producers) {
        this.alerts = alerts;
        this.tracking = tracking;
        this.router = routers.forBinding("dossierEvents-in-0")
                .on(
                        PRODUCER_REGISTERED,
                        ProducerRegistered.class,
                        (e, b) -> producers.registered(new KnownProducer(
                                b.producerId(),
                                b.version(),
                                b.kind(),
                                b.name(),
                                b.registrationNumber(),
                                b.districtCode(),
                                b.communeCode())))
                .on(
                        ROUND_SCHEDULED,
                        RoundScheduled.class,
                        (e, b) -> tracking.roundScheduled(
                                b.roundId(), b.version(), b.year(), b.number(), b.districtDeadline()))
                .on(SUBMITTED, DossierEvent.class, (e, b) -> apply(e, b, "SUBMITTED", TemplateType.DOSSIER_SUBMITTED))
                .on(RETURNED, DossierEvent.class, (e, b) -> apply(e, b, "RETURNED", TemplateType.DOSSIER_RETURNED))
                .on(ACCEPTED, DossierEvent.class, (e, b) -> apply(e, b, "ACCEPTED", TemplateType.DOSSIER_ACCEPTED))
                .on(FORWARDED, DossierEvent.class, (e, b) -> apply(e, b, "FORWARDED", TemplateType.DOSSIER_FORWARDED))
                .on(WITHDRAWN, DossierEvent.class, (e, b) -> apply(e, b, "WITHDRAWN", null));
    }

    private void apply(IncomingEvent event, DossierEvent body, String status, TemplateType template) {
        // built before any write, so that a record missing what its alert needs leaves no half effect behind
        Map<String, Object> values = template == null ? null : values(event, body, template);
        tracking.dossierChanged(body.dossierId(), body.version(), body.roundId(), body.districtCode(), status);
        if (template != null) {
            alerts.plan(Alert.fromEvent(
                    event.id(),
                    event.type(),
                    template,
                    new AlertScope(body.districtCode(), body.communeCode(), body.producerId(), null),
                    values));
        }
    }

    private static Map<String, Object> values(IncomingEvent event, DossierEvent b, TemplateType template) {
        Map<String, Object> v = new HashMap<>();
        v.put("productName", b.productName());
        v.put("producerName", b.producerName());
        v.put("districtName", b.districtName());
        v.put("dossierId", b.dossierId());
        v.put("roundYear", b.roundYear());
        var day = EventDates.provinceDay(b.occurredAt());
        switch (template) {
            case DOSSIER_SUBMITTED -> {
                v.put("submittedOn", day);
                v.put("resubmission", Boolean.TRUE.equals(b.resubmission()));
            }
            case DOSSIER_RETURNED -> {
                if (b.reasons() == null || b.reasons().isEmpty()) {
                    throw new PoisonMessageException(event.type() + " " + event.id() + " carries no reasons");
                }
                v.put("returnedOn", day);
                v.put("reasons", b.reasons());
            }
            case DOSSIER_ACCEPTED -> v.put("acceptedOn", day);
            case DOSSIER_FORWARDED -> {
                if (b.districtScore() == null || b.districtStars() == null || b.districtDeadline() == null) {
                    throw new PoisonMessageException(event.type() + " " + event.id() + " lacks the district grade");
                }
                v.put("forwardedOn", day);
                v.put("districtScore", b.districtScore());
                v.put("districtStars", b.districtStars());
                v.put("districtDeadline", b.districtDeadline());
                v.put("late", Boolean.TRUE.equals(b.late()));
            }
            default -> throw new IllegalArgumentException("no dossier alert " + template);
        }
        return v;
    }
}
