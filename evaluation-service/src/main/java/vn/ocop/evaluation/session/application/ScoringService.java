package vn.ocop.evaluation.session.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.ocop.evaluation.common.EvaluationRefusal;
import vn.ocop.evaluation.council.CouncilRecord;
import vn.ocop.evaluation.council.persistence.CouncilStore;
import vn.ocop.evaluation.criteria.CriteriaCatalog;
import vn.ocop.evaluation.criteria.CriteriaSheet;
import vn.ocop.evaluation.criteria.LegalBasis;
import vn.ocop.evaluation.grading.CouncilResult;
import vn.ocop.evaluation.grading.CouncilResultFinaliser;
import vn.ocop.evaluation.grading.CouncilResultRefused;
import vn.ocop.evaluation.grading.MandatoryFailure;
import vn.ocop.evaluation.grading.ScoreProblem;
import vn.ocop.evaluation.grading.ScoreSheet;
import vn.ocop.evaluation.session.Answer;
import vn.ocop.evaluation.session.Evaluation;
import vn.ocop.evaluation.session.EvaluationChange;
import vn.ocop.evaluation.session.EvaluationStatus;
import vn.ocop.evaluation.session.MemberSheet;
import vn.ocop.evaluation.session.MemberTotal;
import vn.ocop.evaluation.session.Result;
import vn.ocop.evaluation.session.persistence.EvaluationStore;
import vn.ocop.evaluation.sheets.application.SheetCatalog;
import vn.ocop.platform.outbox.OptimisticRetry;
import vn.ocop.platform.security.OcopUser;

/**
 * Members hand in their own score sheets; the chair or the secretary closes the session. Until then a
 * member sees only their own sheet, so that nobody scores by looking at the others.
 */
@Service
public class ScoringService {

    private final EvaluationService evaluations;
    private final EvaluationStore store;
    private final CouncilStore councils;
    private final SheetCatalog catalog;
    private final EvaluationEvents events;
    private final Clock clock;

    public ScoringService(
            EvaluationService evaluations,
            EvaluationStore store,
            CouncilStore councils,
            SheetCatalog catalog,
            EvaluationEvents events,
            Clock clock) {
        this.evaluations = evaluations;
        this.store = store;
        this.councils = councils;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    public MemberSheet submit(OcopUser user, String id, Map<String, String> answers) {
        Evaluation found = evaluations.get(user, id);
        CouncilRecord council = assignedCouncil(found);
        if (!council.hasMember(user.id())) {
            throw new EvaluationRefusal.Forbidden(
                    "You are not a member of council " + council.id(),
                    "Bạn không phải thành viên hội đồng " + council.id());
        }
        if (found.status() != EvaluationStatus.IN_SESSION) {
            throw new EvaluationRefusal.IllegalTransition(
                    "illegal-transition",
                    "Evaluation " + id + " is " + found.status() + ": score sheets are no longer accepted",
                    "Phiên đánh giá " + id + " đang ở trạng thái " + found.status() + ": không nhận phiếu chấm");
        }
        CriteriaSheet sheet = sheetOf(found);
        ScoreSheet scoreSheet = new ScoreSheet(user.id(), answers);
        List<ScoreProblem> problems = scoreSheet.problemsAgainst(sheet);
        if (!problems.isEmpty()) {
            throw EvaluationRefusal.Invalid.answers(problems);
        }
        BigDecimal total = scoreSheet.scoreAgainst(sheet).total();
        List<Answer> stored = new ArrayList<>();
        sheet.criteria().forEach(c -> stored.add(new Answer(c.code(), answers.get(c.code()))));
        MemberSheet handedIn = new MemberSheet(user.id(), stored, total.toPlainString(), clock.instant());
        OptimisticRetry.retry(() -> {
            Evaluation now = evaluations.get(user, id);
            store.update(now.withScoreSheet(handedIn), now.version(), List.of());
        });
        return handedIn;
    }

    /** Every sheet once the council has closed; before that only the caller's own. */
    public List<MemberSheet> sheets(OcopUser user, String id) {
        Evaluation found = evaluations.get(user, id);
        if (found.status().councilClosed()) {
            return found.scoreSheets();
        }
        return found.sheetOf(user.id()).map(List::of).orElse(List.of());
    }

    public Evaluation finalise(OcopUser user, String id) {
        Evaluation found = evaluations.get(user, id);
        CouncilRecord council = assignedCouncil(found);
        if (!council.mayFinalise(user.id())) {
            throw new EvaluationRefusal.Forbidden(
                    "Only the chair or the secretary of council " + council.id() + " finalises",
                    "Chỉ chủ tịch hoặc thư ký hội đồng " + council.id() + " được chốt kết quả");
        }
        if (found.status() != EvaluationStatus.IN_SESSION) {
            throw new EvaluationRefusal.IllegalTransition(
                    "illegal-transition",
                    "Evaluation " + id + " is " + found.status() + " and cannot be finalised",
                    "Phiên đánh giá " + id + " ở trạng thái " + found.status() + ", không thể chốt kết quả");
        }
        CriteriaCatalog current = catalog.current();
        LegalBasis basis = current.legalBases().require(found.product().legalBasis());
        CriteriaSheet sheet = sheetOf(found);
        List<ScoreSheet> handedIn = found.scoreSheets().stream()
                .map(s -> new ScoreSheet(s.memberId(), s.answerMap()))
                .toList();
        CouncilResult result;
        try {
            result = CouncilResultFinaliser.finalise(council.toCouncil(), sheet, basis, handedIn);
        } catch (CouncilResultRefused refused) {
            throw new EvaluationRefusal.ResultRefused(refused.refusals());
        }
        Instant at = clock.instant();
        Result stored = new Result(
                council.id(),
                sheet.reference(),
                result.score().toPlainString(),
                result.stars(),
                result.bandStars(),
                result.qualifiesForProvince(),
                result.proposedForFiveStar(),
                result.memberTotals().entrySet().stream()
                        .map(e -> new MemberTotal(e.getKey(), e.getValue().toPlainString()))
                        .toList(),
                result.mandatoryFailures().stream()
                        .map(MandatoryFailure::criterionCode)
                        .toList(),
                at,
                user.id());
        return OptimisticRetry.retry(() -> {
            Evaluation now = evaluations.get(user, id);
            if (!now.scoreSheets().equals(found.scoreSheets())) {
                throw new EvaluationRefusal.Conflict(
                        "sheets-changed",
                        "A member changed a score sheet meanwhile; finalise again",
                        "Một thành viên vừa thay đổi phiếu chấm; hãy chốt lại");
            }
            EvaluationChange graded = now.graded(stored);
            store.update(graded.evaluation(), now.version(), events.of(graded));
            return graded.evaluation();
        });
    }

    private CouncilRecord assignedCouncil(Evaluation e) {
        String councilId = e.councilId()
                .orElseThrow(() -> new EvaluationRefusal.Conflict(
                        "not-assigned",
                        "Evaluation " + e.id() + " is not assigned to a council session yet",
                        "Phiên đánh giá " + e.id() + " chưa được giao cho hội đồng"));
        return councils.find(councilId).orElseThrow(() -> new EvaluationRefusal.NotFound("council", councilId));
    }

    private CriteriaSheet sheetOf(Evaluation e) {
        return catalog.current()
                .sheet(e.assignment().sheetId(), e.assignment().sheetVersion())
                .orElseThrow(() ->
                        new IllegalStateException("sheet " + e.assignment().sheetId() + " v"
                                + e.assignment().sheetVersion() + " is missing from the catalog"));
    }
}
