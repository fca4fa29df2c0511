package vn.ocop.reporting.views.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.platform.messaging.EventRouter;
import vn.ocop.platform.messaging.IncomingEvent;
import vn.ocop.platform.messaging.PoisonMessageException;
import vn.ocop.platform.text.Folding;
import vn.ocop.reporting.reference.Districts;
import vn.ocop.reporting.views.DossierChange;
import vn.ocop.reporting.views.DossierStage;
import vn.ocop.reporting.views.ViewSection;
import vn.ocop.reporting.views.application.DossierProjection;
import vn.ocop.reporting.views.messaging.EventBodies.DossierEvent;
import vn.ocop.reporting.views.messaging.EventBodies.EvaluationEvent;
import vn.ocop.reporting.views.messaging.EventBodies.RoundScheduled;

/**
 * Maps the consumed event types to view changes, once, at the edge. Used by the live consumers and by the rebuild,
 * each with its own {@link DossierProjection} and its own router (which knows the topic, hence the only source it
 * accepts).
 */
public final class ProjectionRoutes {

    public static final String DOSSIER = "vn.ocop.dossier.";
    public static final String EVALUATION = "vn.ocop.evaluation.";

    private ProjectionRoutes() {}

    public static EventRouter dossier(EventRouter router, DossierProjection projection) {
        router.on(DOSSIER + "round-scheduled.v1", RoundScheduled.class, (e, b) -> projection.roundScheduled(round(b)))
                // the views know producers from the dossier events, which carry the name and unit they need
                .ignore(DOSSIER + "producer-registered.v1");
        Map<String, DossierStage> stages = Map.of(
                "submitted",
                DossierStage.SUBMITTED,
                "returned",
                DossierStage.RETURNED,
                "accepted",
                DossierStage.ACCEPTED,
                "forwarded",
                DossierStage.FORWARDED,
                "withdrawn",
                DossierStage.WITHDRAWN);
        stages.forEach((name, stage) -> router.on(
                DOSSIER + name + ".v1",
                DossierEvent.class,
                (e, b) -> projection.dossierChanged(b.dossierId(), stage, identity(b), dossierChanges(stage, b))));
        return router;
    }

    public static EventRouter evaluation(EventRouter router, DossierProjection projection) {
        return router.on(
                        EVALUATION + "district-graded.v1",
                        EvaluationEvent.class,
                        (e, b) -> evaluated(
                                projection,
                                DossierStage.DISTRICT_GRADED,
                                b,
                                change(b, ViewSection.DISTRICT_GRADE, grade(b))))
                .on(
                        EVALUATION + "province-graded.v1",
                        EvaluationEvent.class,
                        (e, b) -> evaluated(
                                projection,
                                DossierStage.PROVINCE_GRADED,
                                b,
                                change(b, ViewSection.PROVINCE_GRADE, grade(b))))
                .on(
                        EVALUATION + "product-recognized.v1",
                        EvaluationEvent.class,
                        (e, b) -> evaluated(
                                projection,
                                DossierStage.RECOGNIZED,
                                b,
                                change(b, ViewSection.RECOGNITION, recognition(e, b))))
                .on(
                        EVALUATION + "five-star-proposed.v1",
                        EvaluationEvent.class,
                        (e, b) -> evaluated(projection, null, b, change(b, ViewSection.FIVE_STAR, fiveStar(b))))
                .on(
                        EVALUATION + "recognition-expiring.v1",
                        EvaluationEvent.class,
                        (e, b) -> evaluated(projection, null, b, change(b, ViewSection.EXPIRY, expiry("EXPIRING", b))))
                .on(
                        EVALUATION + "recognition-expired.v1",
                        EvaluationEvent.class,
                        (e, b) -> evaluated(projection, null, b, change(b, ViewSection.EXPIRY, expiry("EXPIRED", b))));
    }

    public static EventRouter refreshOnly(EventRouter router, DossierProjection projection, String... types) {
        for (String type : types) {
            router.on(type, EventBodies.AnyEvent.class, (e, b) -> projection.othersChanged());
        }
        return router;
    }

    private static void evaluated(
            DossierProjection projection, DossierStage stage, EvaluationEvent b, DossierChange change) {
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("roundId", b.roundId());
        identity.put("productName", b.productName());
        identity.put("productGroup", b.productGroup());
        identity.put("districtCode", b.districtCode());
        identity.put("districtName", Districts.nameOf(b.districtCode()));
        identity.put("communeCode", b.communeCode());
        projection.dossierChanged(b.dossierId(), stage, identity, List.of(change));
    }

    private static List<DossierChange> dossierChanges(DossierStage stage, DossierEvent b) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("roundId", b.roundId());
        state.put("roundYear", b.roundYear());
        state.put("legalBasis", b.legalBasis());
        state.put("productName", b.productName());
        state.put("productGroup", b.productGroup());
        state.put("sector", b.sector());
        state.put("producerId", b.producerId());
        state.put("producerName", b.producerName());
        state.put("districtCode", b.districtCode());
        state.put("districtName", b.districtName());
        state.put("communeCode", b.communeCode());
        state.put("communeName", b.communeName());
        state.put("status", b.status());
        state.put("changedAt", b.occurredAt());
        List<DossierChange> changes = new ArrayList<>();
        changes.add(new DossierChange(b.dossierId(), ViewSection.STATE, b.version(), state));
        if (stage == DossierStage.FORWARDED) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("at", b.occurredAt());
            f.put("late", Boolean.TRUE.equals(b.late()));
            f.put(
                    "districtDeadline",
                    b.districtDeadline() == null ? null : b.districtDeadline().toString());
            f.put(
                    "districtScore",
                    b.districtScore() == null ? null : b.districtScore().doubleValue());
            f.put("districtStars", b.districtStars());
            changes.add(new DossierChange(b.dossierId(), ViewSection.FORWARDING, b.version(), f));
        }
        return changes;
    }

    private static Map<String, Object> identity(DossierEvent b) {
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("roundId", b.roundId());
        identity.put("districtCode", b.districtCode());
        return identity;
    }

    private static DossierChange round(RoundScheduled b) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("year", b.year());
        f.put("number", b.number());
        f.put("legalBasis", b.legalBasis());
        f.put("districtDeadline", b.districtDeadline().toString());
        f.put(
                "provinceDeadline",
                b.provinceDeadline() == null ? null : b.provinceDeadline().toString());
        f.put("open", b.open());
        return new DossierChange(b.roundId(), ViewSection.STATE, b.version(), f);
    }

    private static DossierChange change(EvaluationEvent b, ViewSection section, Map<String, Object> fields) {
        return new DossierChange(b.dossierId(), section, b.version(), fields);
    }

    private static Map<String, Object> grade(EvaluationEvent b) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("score", b.score() == null ? null : b.score().doubleValue());
        f.put("stars", b.stars());
        f.put("qualifies", b.qualifiesForProvince());
        f.put("councilId", b.councilId());
        return f;
    }

    private static Map<String, Object> recognition(IncomingEvent e, EvaluationEvent b) {
        if (b.stars() == null
                || b.stars() < 3
                || b.stars() > 5
                || b.decisionDate() == null
                || b.decisionNumber() == null
                || b.productName() == null) {
            throw new PoisonMessageException("product-recognized " + e.id()
                    + " lacks stars 3–5, decision number, decision date or product name");
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("decisionNumber", b.decisionNumber());
        f.put("decisionDate", b.decisionDate().toString());
        f.put("year", b.decisionDate().getYear());
        f.put("signer", b.signer());
        f.put("score", b.score() == null ? null : b.score().doubleValue());
        f.put("stars", b.stars());
        f.put("star3", b.stars() == 3 ? 1 : 0);
        f.put("star4", b.stars() == 4 ? 1 : 0);
        f.put("star5", b.stars() == 5 ? 1 : 0);
        f.put("certificateNumber", b.certificateNumber());
        f.put("validFrom", b.validFrom() == null ? null : b.validFrom().toString());
        f.put("validUntil", b.validUntil() == null ? null : b.validUntil().toString());
        f.put("productName", b.productName());
        f.put("producerId", b.producerId());
        f.put("producerName", b.producerName());
        f.put("productGroup", b.productGroup());
        f.put("sector", b.sector());
        f.put("districtCode", b.districtCode());
        f.put("communeCode", b.communeCode());
        f.put("actor", b.actor());
        f.put("sortName", Folding.fold(b.productName()));
        f.put("search", Folding.searchText(b.productName(), b.producerName(), Districts.nameOf(b.districtCode())));
        return f;
    }

    private static Map<String, Object> fiveStar(EvaluationEvent b) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("decisionNumber", b.decisionNumber());
        f.put("score", b.score() == null ? null : b.score().doubleValue());
        return f;
    }

    private static Map<String, Object> expiry(String state, EvaluationEvent b) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("state", state);
        f.put("validUntil", b.validUntil() == null ? null : b.validUntil().toString());
        return f;
    }
}
