package vn.ocop.evaluation.session.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.ocop.evaluation.council.CouncilRecord;
import vn.ocop.evaluation.council.persistence.CouncilStore;
import vn.ocop.evaluation.criteria.CriteriaCatalog;
import vn.ocop.evaluation.criteria.CriteriaSheet;
import vn.ocop.evaluation.criteria.LegalBasis;
import vn.ocop.evaluation.grading.CouncilResult;
import vn.ocop.evaluation.grading.CouncilResultFinaliser;
import vn.ocop.evaluation.grading.CouncilResultRefused;
import vn.ocop.evaluation.grading.MandatoryFailure;
import vn.ocop.evaluation.grading.Refusal;
import vn.ocop.evaluation.grading.ScoreProblem;
import vn.ocop.evaluation.grading.ScoreSheet;
import vn.ocop.evaluation.session.Answer;
import vn.ocop.evaluation.session.Evaluation;
import vn.ocop.evaluation.session.EvaluationStatus;
import vn.ocop.evaluation.session.MemberSheet;
import vn.ocop.evaluation.session.MemberTotal;
import vn.ocop.evaluation.session.Result;
import vn.ocop.evaluation.session.persistence.EvaluationStore;
import vn.ocop.evaluation.sheets.application.SheetCatalog;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.web.ApiProblem;
import vn.ocop.platform.web.FieldProblem;

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

    public ScoringService(EvaluationService evaluations, EvaluationStore store, CouncilStore councils,
                          SheetCatalog catalog, EvaluationEvents events, Clock clock) {
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
            throw ApiProblem.forbidden("You are not a member of council " + council.id(),
                    "Bạn không phải thành viên hội đồng " + council.id());
        }
        if (found.status() != EvaluationStatus.IN_SESSION) {
            throw ApiProblem.conflict("illegal-transition", "Evaluation " + id + " is " + found.status()
                    + ": score sheets are no longer accepted", "Phiên đánh giá " + id + " đang ở trạng thái "
                    + found.status() + ": không nhận phiếu chấm");
        }
        CriteriaSheet sheet = sheetOf(found);
        ScoreSheet scoreSheet = new ScoreSheet(user.id(), answers);
        List<ScoreProblem> problems = scoreSheet.problemsAgainst(sheet);
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems.stream().map(ScoringService::field).toList());
        }
        BigDecimal total = scoreSheet.scoreAgainst(sheet).total();
        List<Answer> stored = new ArrayList<>();
        sheet.criteria().forEach(c -> stored.add(new Answer(c.code(), answers.get(c.code()))));
        MemberSheet handedIn = new MemberSheet(user.id(), stored, total.toPlainString(), clock.instant());
        Refusals.retryingOnConflict(() -> {
            Evaluation now = evaluations.get(user, id);
            store.update(now.withScoreSheet(handedIn), now.version(), List.of());
            return now;
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
            throw ApiProblem.forbidden("Only the chair or the secretary of council " + council.id() + " finalises",
                    "Chỉ chủ tịch hoặc thư ký hội đồng " + council.id() + " được chốt kết quả");
        }
        if (found.status() != EvaluationStatus.IN_SESSION) {
            throw ApiProblem.conflict("illegal-transition", "Evaluation " + id + " is " + found.status()
                    + " and cannot be finalised", "Phiên đánh giá " + id + " ở trạng thái " + found.status()
                    + ", không thể chốt kết quả");
        }
        CriteriaCatalog current = catalog.current();
        LegalBasis basis = current.legalBases().require(found.product().legalBasis());
        CriteriaSheet sheet = sheetOf(found);
        List<ScoreSheet> handedIn = found.scoreSheets().stream()
                .map(s -> new ScoreSheet(s.memberId(), s.answerMap())).toList();
        CouncilResult result;
        try {
            result = CouncilResultFinaliser.finalise(council.toCouncil(), sheet, basis, handedIn);
        } catch (CouncilResultRefused refused) {
            throw refusal(refused);
        }
        Instant at = clock.instant();
        Result stored = new Result(council.id(), sheet.reference(), result.score().toPlainString(), result.stars(),
                result.bandStars(), result.qualifiesForProvince(), result.proposedForFiveStar(),
                result.memberTotals().entrySet().stream()
                        .map(e -> new MemberTotal(e.getKey(), e.getValue().toPlainString())).toList(),
                result.mandatoryFailures().stream().map(MandatoryFailure::criterionCode).toList(), at, user.id());
        return Refusals.retryingOnConflict(() -> {
            Evaluation now = evaluations.get(user, id);
            if (!now.scoreSheets().equals(found.scoreSheets())) {
                throw ApiProblem.conflict("sheets-changed", "A member changed a score sheet meanwhile; finalise again",
                        "Một thành viên vừa thay đổi phiếu chấm; hãy chốt lại");
            }
            Evaluation next = now.graded(stored);
            store.update(next, now.version(), List.of(events.graded(next, user.id(), at)));
            return next;
        });
    }

    private CouncilRecord assignedCouncil(Evaluation e) {
        String councilId = e.councilId().orElseThrow(() -> ApiProblem.conflict("not-assigned",
                "Evaluation " + e.id() + " is not assigned to a council session yet",
                "Phiên đánh giá " + e.id() + " chưa được giao cho hội đồng"));
        return councils.find(councilId).orElseThrow(() -> ApiProblem.notFound("council", councilId));
    }

    private CriteriaSheet sheetOf(Evaluation e) {
        return catalog.current().sheet(e.assignment().sheetId(), e.assignment().sheetVersion())
                .orElseThrow(() -> new IllegalStateException("sheet " + e.assignment().sheetId() + " v"
                        + e.assignment().sheetVersion() + " is missing from the catalog"));
    }

    private static FieldProblem field(ScoreProblem p) {
        String field = "answers." + p.criterionCode();
        return new FieldProblem(field, p.kind() + ": " + p.message().en(), p.kind() + ": " + p.message().vi());
    }

    /** 409 naming what is wrong: who is absent, whether the chair is, who must re-score. */
    private static ApiProblem refusal(CouncilResultRefused refused) {
        String en = String.join("; ", refused.refusals().stream().map(r -> r.message().en()).toList());
        String vi = String.join("; ", refused.refusals().stream().map(r -> r.message().vi()).toList());
        ApiProblem problem = ApiProblem.conflict("council-result-refused", en, vi)
                .with("refusals", refused.refusals().stream().map(r -> Map.of("kind", r.kind().name(),
                        "members", r.memberIds(), "message", r.message().en(), "message_vi", r.message().vi())).toList());
        Set<String> absent = new LinkedHashSet<>();
        Set<String> rescore = new LinkedHashSet<>();
        for (Refusal r : refused.refusals()) {
            switch (r.kind()) {
                case NO_QUORUM -> absent.addAll(r.memberIds());
                case CHAIR_ABSENT -> problem.with("chairAbsent", true);
                case SPREAD_TOO_WIDE -> rescore.addAll(r.memberIds());
                default -> { }
            }
        }
        if (!absent.isEmpty()) {
            problem.with("absent", List.copyOf(absent));
        }
        if (!rescore.isEmpty()) {
            problem.with("rescore", List.copyOf(rescore));
        }
        return problem;
    }
}
