package vn.ocop.evaluation.session.application;

import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.ocop.evaluation.common.EvaluationRefusal;
import vn.ocop.evaluation.criteria.GradingLevel;
import vn.ocop.evaluation.criteria.LegalBasis;
import vn.ocop.evaluation.session.EarlierResult;
import vn.ocop.evaluation.session.Evaluation;
import vn.ocop.evaluation.session.EvaluationStatus;
import vn.ocop.evaluation.session.Product;
import vn.ocop.evaluation.session.persistence.EvaluationStore;
import vn.ocop.evaluation.sheets.application.SheetCatalog;
import vn.ocop.platform.outbox.OptimisticRetry;

/**
 * Opens and cancels evaluations from dossier events. Both are idempotent: the evaluation id is
 * derived from the dossier and level, so a repeated event meets the evaluation it created, and a
 * cancelled evaluation cannot be cancelled twice.
 */
@Service
public class EvaluationIntake {

    private static final Logger log = LoggerFactory.getLogger(EvaluationIntake.class);

    private final EvaluationStore store;
    private final SheetCatalog catalog;

    public EvaluationIntake(EvaluationStore store, SheetCatalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    /** The district accepted the dossier: the first level of the legal basis (district, or commune after 2025) grades it. */
    public boolean accepted(String dossierId, Product product, String actor, Instant at) {
        return open(dossierId, basis(product).firstLevel(), product, null, actor, at);
    }

    /** The district forwarded the dossier: the provincial council grades it. */
    public boolean forwarded(String dossierId, Product product, EarlierResult earlier, String actor, Instant at) {
        return open(dossierId, GradingLevel.PROVINCE, product, earlier, actor, at);
    }

    /** The producer withdrew: evaluations still open stop; finished ones keep their result. */
    public void withdrawn(String dossierId, String reason, String actor, Instant at) {
        store.markWithdrawn(dossierId, at);
        for (Evaluation evaluation : store.ofDossier(dossierId)) {
            if (evaluation.status() == EvaluationStatus.CANCELLED
                    || evaluation.status().councilClosed()) {
                continue;
            }
            try {
                OptimisticRetry.retry(() -> {
                    Evaluation now = store.find(evaluation.id()).orElseThrow();
                    store.update(now.cancel(actor, at, reason), now.version(), List.of());
                    return now;
                });
            } catch (EvaluationRefusal.IllegalTransition e) {
                log.info("evaluation {} not cancelled: {}", evaluation.id(), e.getMessage());
            }
        }
    }

    private boolean open(
            String dossierId, GradingLevel level, Product product, EarlierResult earlier, String actor, Instant at) {
        if (store.isWithdrawn(dossierId)) {
            log.info("dossier {} was withdrawn; a late {} event opens no evaluation", dossierId, level);
            return false;
        }
        boolean created =
                store.insertIfAbsent(Evaluation.open(dossierId, level, product, earlier, actor, at), List.of());
        if (!created) {
            log.debug("evaluation {} exists already; repeated event ignored", Evaluation.idOf(dossierId, level));
        }
        return created;
    }

    private LegalBasis basis(Product product) {
        return catalog.current().legalBases().require(product.legalBasis());
    }
}
