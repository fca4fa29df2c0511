package vn.ocop.dossier.dossier.application;

import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.ocop.dossier.dossier.DistrictResult;
import vn.ocop.dossier.dossier.Dossier;
import vn.ocop.dossier.dossier.ProvinceResult;
import vn.ocop.dossier.dossier.Recognition;
import vn.ocop.dossier.dossier.messaging.EvaluationEventBodies.DistrictGraded;
import vn.ocop.dossier.dossier.messaging.EvaluationEventBodies.ProductRecognized;
import vn.ocop.dossier.dossier.messaging.EvaluationEventBodies.ProvinceGraded;
import vn.ocop.dossier.dossier.persistence.DossierStore;
import vn.ocop.platform.messaging.IncomingEvent;
import vn.ocop.platform.outbox.OptimisticRetry;

/**
 * Shows the evaluation results on the dossier. Idempotent twice over: the event id is recorded in
 * the same write as the effect (a redelivery matches nothing), and each result keeps the evaluation
 * version it came from (an older event never overwrites a newer result).
 */
@Service
public class OutcomeRecorder {

    private static final Logger log = LoggerFactory.getLogger(OutcomeRecorder.class);

    private final DossierStore store;

    public OutcomeRecorder(DossierStore store) {
        this.store = store;
    }

    public void districtGraded(IncomingEvent event, DistrictGraded e) {
        apply(
                event,
                e.dossierId(),
                d -> d.recordDistrictGrade(
                        new DistrictResult(
                                e.evaluationId(),
                                e.version(),
                                e.councilId(),
                                e.score(),
                                e.stars(),
                                e.qualifiesForProvince(),
                                e.occurredAt()),
                        e.actor(),
                        e.occurredAt()));
    }

    public void provinceGraded(IncomingEvent event, ProvinceGraded e) {
        apply(
                event,
                e.dossierId(),
                d -> d.recordProvinceGrade(
                        new ProvinceResult(
                                e.evaluationId(), e.version(), e.councilId(), e.score(), e.stars(), e.occurredAt()),
                        e.actor(),
                        e.occurredAt()));
    }

    public void productRecognized(IncomingEvent event, ProductRecognized e) {
        apply(
                event,
                e.dossierId(),
                d -> d.recordRecognition(
                        new Recognition(
                                e.evaluationId(),
                                e.version(),
                                e.decisionNumber(),
                                e.decisionDate(),
                                e.signer(),
                                e.score(),
                                e.stars(),
                                e.certificateNumber(),
                                e.validFrom(),
                                e.validUntil()),
                        e.actor(),
                        e.occurredAt()));
    }

    private void apply(IncomingEvent event, String dossierId, Predicate<Dossier> effect) {
        // someone changing the dossier between read and write makes the guarded write fail: read it again
        OptimisticRetry.retry(() -> {
            Optional<Dossier> found = store.findById(dossierId);
            if (found.isEmpty()) {
                log.warn("{} {} names unknown dossier {}; skipped", event.type(), event.id(), dossierId);
                return;
            }
            if (store.alreadyApplied(dossierId, event.id())) {
                return;
            }
            Dossier d = found.get();
            long expected = d.version();
            if (!effect.test(d)) {
                log.info(
                        "{} {} is stale or does not fit dossier {} in status {}; nothing changed",
                        event.type(),
                        event.id(),
                        dossierId,
                        d.status());
                return;
            }
            store.applyOnce(d, expected, event.id());
        });
    }
}
