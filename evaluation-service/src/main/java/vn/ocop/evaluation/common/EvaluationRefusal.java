package vn.ocop.evaluation.common;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ocop.evaluation.criteria.SheetRejected;
import vn.ocop.evaluation.grading.Refusal;
import vn.ocop.evaluation.grading.ScoreProblem;
import vn.ocop.platform.refusal.Refusal.FieldError;

/**
 * Every "no" of the evaluation service, in the domain's words; the kit's problem advice answers each by
 * its kind with the same code, texts and facts the API has always shown.
 */
public abstract sealed class EvaluationRefusal extends vn.ocop.platform.refusal.Refusal
        permits EvaluationRefusal.NotFound,
                EvaluationRefusal.Forbidden,
                EvaluationRefusal.Invalid,
                EvaluationRefusal.IllegalTransition,
                EvaluationRefusal.Conflict,
                EvaluationRefusal.ResultRefused {

    private EvaluationRefusal(Kind kind, String code, String detail, String detailVi, List<FieldError> errors) {
        super(kind, code, detail, detailVi, errors);
    }

    /** An evaluation, council, decision or sheet that does not exist or lies outside the caller's scope. */
    public static final class NotFound extends EvaluationRefusal {
        public NotFound(String what, Object id) {
            super(
                    Kind.NOT_FOUND,
                    "not-found",
                    what + " " + id + " was not found",
                    "Không tìm thấy " + what + " " + id,
                    List.of());
        }
    }

    /** The caller's role, council seat or area does not allow the action. */
    public static final class Forbidden extends EvaluationRefusal {
        public Forbidden(String detail, String detailVi) {
            super(Kind.FORBIDDEN, "forbidden", detail, detailVi, List.of());
        }
    }

    /** The request breaks a field rule: one field, or every answer of a score sheet at fault. */
    public static final class Invalid extends EvaluationRefusal {
        public Invalid(String field, String reason, String reasonVi) {
            super(
                    Kind.INVALID,
                    "validation",
                    "The request is invalid: " + field + " " + reason,
                    "Yêu cầu không hợp lệ: " + field + " " + reasonVi,
                    List.of(new FieldError(field, reason, reasonVi)));
        }

        public Invalid(List<FieldError> errors) {
            super(Kind.INVALID, "validation", "The request is invalid", "Yêu cầu không hợp lệ", errors);
        }

        /** A score sheet with unknown criteria or options, or unanswered criteria, one field per answer. */
        public static Invalid answers(List<ScoreProblem> problems) {
            return new Invalid(problems.stream()
                    .map(p -> new FieldError(
                            "answers." + p.criterionCode(),
                            p.kind() + ": " + p.message().en(),
                            p.kind() + ": " + p.message().vi()))
                    .toList());
        }

        /** A criteria sheet refused on import, every problem at its path, naming the sheet. */
        public static Invalid sheet(SheetRejected rejected) {
            Invalid invalid = new Invalid(rejected.problems().stream()
                    .map(p -> new FieldError(
                            p.where(),
                            p.kind() + ": "
                                    + (p.message().en() == null
                                            ? p.message().vi()
                                            : p.message().en()),
                            p.kind() + ": " + p.message().vi()))
                    .toList());
            invalid.with("sheet", rejected.sheet());
            return invalid;
        }
    }

    /** The evaluation's status does not allow the change (code {@code illegal-transition} or {@code already-scored}). */
    public static final class IllegalTransition extends EvaluationRefusal {
        public IllegalTransition(String code, String detail, String detailVi) {
            super(Kind.CONFLICT, code, detail, detailVi, List.of());
        }
    }

    /** The request does not fit what is already there: the wrong council, no sheet yet, a decision recorded otherwise. */
    public static final class Conflict extends EvaluationRefusal {
        public Conflict(String code, String detail, String detailVi) {
            super(Kind.CONFLICT, code, detail, detailVi, List.of());
        }
    }

    /** The council cannot finalise: every reason, who is absent, whether the chair is, who must re-score. */
    public static final class ResultRefused extends EvaluationRefusal {
        public ResultRefused(List<Refusal> refusals) {
            super(
                    Kind.CONFLICT,
                    "council-result-refused",
                    String.join(
                            "; ", refusals.stream().map(r -> r.message().en()).toList()),
                    String.join(
                            "; ", refusals.stream().map(r -> r.message().vi()).toList()),
                    List.of());
            with(
                    "refusals",
                    refusals.stream()
                            .map(r -> Map.of(
                                    "kind",
                                    r.kind().name(),
                                    "members",
                                    r.memberIds(),
                                    "message",
                                    r.message().en(),
                                    "message_vi",
                                    r.message().vi()))
                            .toList());
            Set<String> absent = new LinkedHashSet<>();
            Set<String> rescore = new LinkedHashSet<>();
            for (Refusal r : refusals) {
                switch (r.kind()) {
                    case NO_QUORUM -> absent.addAll(r.memberIds());
                    case CHAIR_ABSENT -> with("chairAbsent", true);
                    case SPREAD_TOO_WIDE -> rescore.addAll(r.memberIds());
                    default -> {}
                }
            }
            if (!absent.isEmpty()) {
                with("absent", List.copyOf(absent));
            }
            if (!rescore.isEmpty()) {
                with("rescore", List.copyOf(rescore));
            }
        }
    }
}
