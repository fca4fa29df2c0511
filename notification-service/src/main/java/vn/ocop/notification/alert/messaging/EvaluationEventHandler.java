package vn.ocop.notification.alert.messaging;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ocop.notification.alert.Alert;
import vn.ocop.notification.alert.application.AlertPlanner;
import vn.ocop.notification.alert.messaging.IncomingEvents.EvaluationEvent;
import vn.ocop.notification.subscription.AlertScope;
import vn.ocop.notification.template.TemplateType;
import vn.ocop.notification.unit.UnitDirectory;
import vn.ocop.platform.messaging.EventRouter;
import vn.ocop.platform.messaging.EventRouters;
import vn.ocop.platform.messaging.IncomingEvent;
import vn.ocop.platform.messaging.PoisonMessageException;

/** {@code ocop.evaluation.events}: grades, recognitions and expiring certificates. */
@Component
class EvaluationEventHandler {

    private final AlertPlanner alerts;
    private final UnitDirectory units;
    final EventRouter router;

    EvaluationEventHandler(EventRouters routers, AlertPlanner alerts, UnitDirectory units) {
        this.alerts = alerts;
        this.units = units;
        this.router = routers.forBinding("evaluationEvents-in-0")
                .on(
                        "vn.ocop.evaluation.district-graded.v1",
                        EvaluationEvent.class,
                        (e, b) -> alert(e, b, TemplateType.DISTRICT_GRADED))
                .on(
                        "vn.ocop.evaluation.province-graded.v1",
                        EvaluationEvent.class,
                        (e, b) -> alert(e, b, TemplateType.PROVINCE_GRADED))
                .on(
                        "vn.ocop.evaluation.product-recognized.v1",
                        EvaluationEvent.class,
                        (e, b) -> alert(e, b, TemplateType.PRODUCT_RECOGNIZED))
                .on(
                        "vn.ocop.evaluation.recognition-expiring.v1",
                        EvaluationEvent.class,
                        (e, b) -> alert(e, b, TemplateType.RECOGNITION_EXPIRING))
                .ignore("vn.ocop.evaluation.five-star-proposed.v1", "vn.ocop.evaluation.recognition-expired.v1");
    }

    private void alert(IncomingEvent event, EvaluationEvent b, TemplateType template) {
        Map<String, Object> v = new HashMap<>();
        v.put("productName", b.productName());
        v.put("producerName", b.producerName());
        v.put("districtName", units.districtName(b.districtCode()));
        switch (template) {
            case DISTRICT_GRADED -> {
                grade(event, b, v);
                v.put("qualifiesForProvince", Boolean.TRUE.equals(b.qualifiesForProvince()));
            }
            case PROVINCE_GRADED -> grade(event, b, v);
            case PRODUCT_RECOGNIZED -> {
                require(
                        event,
                        b.stars() != null
                                && b.certificateNumber() != null
                                && b.decisionNumber() != null
                                && b.decisionDate() != null
                                && b.validFrom() != null
                                && b.validUntil() != null);
                v.put("stars", b.stars());
                v.put("certificateNumber", b.certificateNumber());
                v.put("decisionNumber", b.decisionNumber());
                v.put("decisionDate", b.decisionDate());
                v.put("validFrom", b.validFrom());
                v.put("validUntil", b.validUntil());
            }
            case RECOGNITION_EXPIRING -> {
                require(event, b.stars() != null && b.certificateNumber() != null && b.validUntil() != null);
                v.put("stars", b.stars());
                v.put("certificateNumber", b.certificateNumber());
                v.put("validUntil", b.validUntil());
                v.put("daysLeft", EventDates.daysBetween(EventDates.provinceDay(b.occurredAt()), b.validUntil()));
            }
            default -> throw new IllegalArgumentException("no evaluation alert " + template);
        }
        alerts.plan(Alert.fromEvent(
                event.id(),
                event.type(),
                template,
                new AlertScope(b.districtCode(), b.communeCode(), b.producerId(), null),
                v));
    }

    private static void grade(IncomingEvent event, EvaluationEvent b, Map<String, Object> v) {
        require(event, b.score() != null && b.stars() != null);
        v.put("score", b.score());
        v.put("stars", b.stars());
    }

    private static void require(IncomingEvent event, boolean present) {
        if (!present) {
            throw new PoisonMessageException(event.type() + " " + event.id() + " lacks fields its alert needs");
        }
    }
}
