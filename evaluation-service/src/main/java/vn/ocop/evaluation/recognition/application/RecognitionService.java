package vn.ocop.evaluation.recognition.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import vn.ocop.evaluation.common.EvaluationRefusal;
import vn.ocop.evaluation.criteria.GradingLevel;
import vn.ocop.evaluation.criteria.LegalBasis;
import vn.ocop.evaluation.grading.Certificate;
import vn.ocop.evaluation.recognition.RecognitionDecision;
import vn.ocop.evaluation.recognition.RecognitionDecision.Item;
import vn.ocop.evaluation.recognition.RecognitionDecision.Outcome;
import vn.ocop.evaluation.recognition.persistence.DecisionStore;
import vn.ocop.evaluation.session.Evaluation;
import vn.ocop.evaluation.session.EvaluationChange;
import vn.ocop.evaluation.session.EvaluationStatus;
import vn.ocop.evaluation.session.Recognition;
import vn.ocop.evaluation.session.application.EvaluationEvents;
import vn.ocop.evaluation.session.persistence.EvaluationStore;
import vn.ocop.evaluation.sheets.application.SheetCatalog;

/**
 * Records a provincial recognition decision. Each product is recognised in its own single-document
 * write (the evaluation with its certificate and its events), guarded by the evaluation's status, so
 * re-running the same decision after a partial failure recognises the rest and never one twice. A
 * crash between taking a certificate number and writing the evaluation leaves a gap in the numbering,
 * never a duplicate.
 */
@Service
public class RecognitionService {

    public record DecisionRequest(
            String decisionNumber,
            LocalDate decisionDate,
            String signer,
            List<String> evaluationIds,
            List<String> dossierIds) {}

    private final EvaluationStore evaluations;
    private final DecisionStore decisions;
    private final SheetCatalog catalog;
    private final EvaluationEvents events;
    private final Clock clock;
    private final String certificatePrefix;

    public RecognitionService(
            EvaluationStore evaluations,
            DecisionStore decisions,
            SheetCatalog catalog,
            EvaluationEvents events,
            Clock clock,
            @Value("${ocop.evaluation.certificate-prefix:OCOP-QNg}") String certificatePrefix) {
        this.evaluations = evaluations;
        this.decisions = decisions;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
        this.certificatePrefix = certificatePrefix;
    }

    public RecognitionDecision record(String actor, DecisionRequest request) {
        Optional<RecognitionDecision> earlier = decisions.find(request.decisionNumber());
        earlier.ifPresent(d -> {
            if (!d.decisionDate().equals(request.decisionDate()) || !d.signer().equals(request.signer())) {
                throw new EvaluationRefusal.Conflict(
                        "decision-differs",
                        "Decision " + request.decisionNumber() + " was recorded with another date or signer",
                        "Quyết định " + request.decisionNumber() + " đã được ghi với ngày hoặc người ký khác");
            }
        });
        Set<String> ids = new LinkedHashSet<>();
        earlier.ifPresent(d -> d.items().forEach(i -> ids.add(i.evaluationId())));
        if (request.evaluationIds() != null) {
            ids.addAll(request.evaluationIds());
        }
        if (request.dossierIds() != null) {
            request.dossierIds().forEach(d -> ids.add(Evaluation.idOf(d, GradingLevel.PROVINCE)));
        }
        List<Item> items = new ArrayList<>();
        for (String id : ids) {
            items.add(recognise(id, request, actor));
        }
        RecognitionDecision decision = new RecognitionDecision(
                request.decisionNumber(),
                request.decisionDate(),
                request.signer(),
                items,
                earlier.map(RecognitionDecision::recordedBy).orElse(actor),
                earlier.map(RecognitionDecision::recordedAt).orElse(clock.instant()));
        decisions.save(decision);
        return decision;
    }

    public RecognitionDecision get(String decisionNumber) {
        return decisions
                .find(decisionNumber)
                .orElseThrow(() -> new EvaluationRefusal.NotFound("decision", decisionNumber));
    }

    public List<RecognitionDecision> list() {
        return decisions.all();
    }

    private Item recognise(String evaluationId, DecisionRequest request, String actor) {
        Optional<Evaluation> found = evaluations.find(evaluationId);
        if (found.isEmpty() || found.get().level() != GradingLevel.PROVINCE) {
            return new Item(evaluationId, Outcome.NOT_GRADED, null, null, "no provincial evaluation");
        }
        Evaluation e = found.get();
        if (e.recognition() != null) {
            boolean ours = e.recognition().decisionNumber().equals(request.decisionNumber());
            return new Item(
                    evaluationId,
                    ours ? outcomeOf(e) : Outcome.ALREADY_DECIDED,
                    e.recognition().certificateNumber(),
                    e.result().stars(),
                    ours ? null : "decided by " + e.recognition().decisionNumber());
        }
        if (e.status() != EvaluationStatus.GRADED) {
            return new Item(evaluationId, Outcome.NOT_GRADED, null, null, "status " + e.status());
        }
        LegalBasis basis = catalog.current().legalBases().require(e.product().legalBasis());
        int stars = e.result().stars();
        Instant at = clock.instant();
        if (e.result().proposedForFiveStar()) {
            Recognition proposal = new Recognition(
                    request.decisionNumber(),
                    request.decisionDate(),
                    request.signer(),
                    null,
                    stars,
                    null,
                    null,
                    null,
                    false,
                    false);
            return write(e, proposal, actor, at);
        }
        if (stars < 3 || basis.recognisedAt(stars).orElse(null) != GradingLevel.PROVINCE) {
            return new Item(
                    evaluationId,
                    Outcome.NOT_ELIGIBLE,
                    null,
                    stars,
                    stars + " stars are not recognised by the province under " + basis.code());
        }
        Certificate certificate = Certificate.issue(
                certificateNumber(request.decisionDate().getYear()),
                stars,
                request.decisionDate(),
                basis.certificateTerms());
        Recognition recognition = new Recognition(
                request.decisionNumber(),
                request.decisionDate(),
                request.signer(),
                certificate.number(),
                stars,
                certificate.validFrom(),
                certificate.validUntil(),
                certificate.expiryNoticeDate(),
                false,
                false);
        return write(e, recognition, actor, at);
    }

    private Item write(Evaluation e, Recognition recognition, String actor, Instant at) {
        EvaluationChange change = e.recognised(recognition, actor, at);
        Evaluation next = change.evaluation();
        // a concurrent run of the same decision wins the version race; this one then reports what it wrote
        try {
            evaluations.update(next, e.version(), events.of(change));
        } catch (OptimisticLockingFailureException lost) {
            Evaluation now = evaluations.find(e.id()).orElseThrow();
            return now.recognition() == null
                    ? new Item(e.id(), Outcome.NOT_GRADED, null, null, "changed meanwhile; record the decision again")
                    : new Item(
                            e.id(),
                            outcomeOf(now),
                            now.recognition().certificateNumber(),
                            now.result().stars(),
                            null);
        }
        return new Item(
                e.id(),
                outcomeOf(next),
                recognition.certificateNumber(),
                next.result().stars(),
                null);
    }

    private static Outcome outcomeOf(Evaluation e) {
        return e.recognition().certified() ? Outcome.RECOGNISED : Outcome.PROPOSED_TO_CENTRE;
    }

    private String certificateNumber(int year) {
        return "%s-%d-%04d".formatted(certificatePrefix, year, decisions.nextCertificateSequence(year));
    }
}
