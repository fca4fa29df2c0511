package vn.ocop.evaluation.session.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ocop.evaluation.criteria.GradingLevel;
import vn.ocop.evaluation.session.Evaluation;
import vn.ocop.evaluation.session.EvaluationChange;
import vn.ocop.evaluation.session.EvaluationChange.ExpiryNoticed;
import vn.ocop.evaluation.session.EvaluationChange.FiveStarProposed;
import vn.ocop.evaluation.session.EvaluationChange.Graded;
import vn.ocop.evaluation.session.EvaluationChange.Happened;
import vn.ocop.evaluation.session.EvaluationChange.Recognised;
import vn.ocop.evaluation.session.MemberTotal;
import vn.ocop.evaluation.session.Product;
import vn.ocop.evaluation.session.Recognition;
import vn.ocop.evaluation.session.Result;
import vn.ocop.platform.events.EventFactory;
import vn.ocop.platform.events.OutboxEntry;

/**
 * The events this service publishes on {@code ocop.evaluation.events} (key: dossierId). Every body
 * starts with the common evaluation fields of docs/events.md, so a consumer can act without calling back.
 */
@Component
public class EvaluationEvents {

    public static final String TOPIC = "ocop.evaluation.events";
    public static final String DISTRICT_GRADED = "vn.ocop.evaluation.district-graded.v1";
    public static final String PROVINCE_GRADED = "vn.ocop.evaluation.province-graded.v1";
    public static final String PRODUCT_RECOGNIZED = "vn.ocop.evaluation.product-recognized.v1";
    public static final String FIVE_STAR_PROPOSED = "vn.ocop.evaluation.five-star-proposed.v1";
    public static final String RECOGNITION_EXPIRING = "vn.ocop.evaluation.recognition-expiring.v1";
    public static final String RECOGNITION_EXPIRED = "vn.ocop.evaluation.recognition-expired.v1";

    private final EventFactory factory;

    public EvaluationEvents(EventFactory factory) {
        this.factory = factory;
    }

    /** The events of a change, one per thing that happened, in its order. */
    public List<OutboxEntry> of(EvaluationChange change) {
        return change.happened().stream().map(h -> of(change.evaluation(), h)).toList();
    }

    private OutboxEntry of(Evaluation e, Happened happened) {
        if (happened instanceof Graded g) {
            return graded(e, g.actor(), g.at());
        }
        if (happened instanceof Recognised r) {
            return recognised(e, r.actor(), r.at());
        }
        if (happened instanceof FiveStarProposed p) {
            return fiveStarProposed(e, p.actor(), p.at());
        }
        if (happened instanceof ExpiryNoticed n) {
            return expiry(e, n.expired(), n.actor(), n.at());
        }
        throw new IllegalArgumentException("no event for " + happened);
    }

    /**
     * A first-level result (district, or commune after 2025: there is no commune-graded contract, and the
     * dossier service treats both the same way) or a provincial one.
     */
    private OutboxEntry graded(Evaluation e, String actor, Instant at) {
        Result r = e.result();
        Map<String, Object> body = common(e, actor, at);
        body.put("councilId", r.councilId());
        body.put("score", new BigDecimal(r.score()));
        body.put("stars", r.stars());
        if (e.level() != GradingLevel.PROVINCE) {
            body.put("qualifiesForProvince", r.qualifiesForProvince());
        }
        body.put(
                "memberTotals",
                r.memberTotals().stream()
                        .map(MemberTotal::total)
                        .map(BigDecimal::new)
                        .toList());
        return create(e.level() == GradingLevel.PROVINCE ? PROVINCE_GRADED : DISTRICT_GRADED, e, body);
    }

    private OutboxEntry recognised(Evaluation e, String actor, Instant at) {
        Recognition rec = e.recognition();
        Map<String, Object> body = common(e, actor, at);
        body.put("decisionNumber", rec.decisionNumber());
        body.put("decisionDate", rec.decisionDate().toString());
        body.put("signer", rec.signer());
        body.put("score", new BigDecimal(e.result().score()));
        body.put("stars", rec.stars());
        body.put("certificateNumber", rec.certificateNumber());
        body.put("validFrom", rec.validFrom().toString());
        body.put("validUntil", rec.validUntil().toString());
        return create(PRODUCT_RECOGNIZED, e, body);
    }

    private OutboxEntry fiveStarProposed(Evaluation e, String actor, Instant at) {
        Map<String, Object> body = common(e, actor, at);
        body.put("decisionNumber", e.recognition().decisionNumber());
        body.put("score", new BigDecimal(e.result().score()));
        return create(FIVE_STAR_PROPOSED, e, body);
    }

    private OutboxEntry expiry(Evaluation e, boolean expired, String actor, Instant at) {
        Recognition rec = e.recognition();
        Map<String, Object> body = common(e, actor, at);
        body.put("certificateNumber", rec.certificateNumber());
        body.put("stars", rec.stars());
        body.put("validUntil", rec.validUntil().toString());
        return create(expired ? RECOGNITION_EXPIRED : RECOGNITION_EXPIRING, e, body);
    }

    private OutboxEntry create(String type, Evaluation e, Map<String, Object> body) {
        return factory.create(TOPIC, type, e.dossierId(), body);
    }

    private static Map<String, Object> common(Evaluation e, String actor, Instant at) {
        Product p = e.product();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("evaluationId", e.id());
        body.put("dossierId", e.dossierId());
        body.put("version", e.version());
        body.put("roundId", p.roundId());
        body.put("legalBasis", p.legalBasis());
        body.put("productName", p.productName());
        body.put("productGroup", p.productGroup());
        body.put("sector", p.sector());
        body.put("producerId", p.producerId());
        body.put("producerName", p.producerName());
        body.put("districtCode", p.districtCode());
        body.put("communeCode", p.communeCode());
        body.put("occurredAt", at.toString());
        body.put("actor", actor);
        body.put("level", e.level().name());
        return body;
    }
}
