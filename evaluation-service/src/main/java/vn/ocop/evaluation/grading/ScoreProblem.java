package vn.ocop.evaluation.grading;

import java.util.Comparator;
import java.util.Objects;
import vn.ocop.evaluation.criteria.LocalizedText;

/** Why a member's score sheet cannot be counted. {@code optionCode} is null unless the answer itself is wrong. */
public record ScoreProblem(Kind kind, String memberId, String criterionCode, String optionCode, LocalizedText message) {

    public enum Kind {
        UNKNOWN_CRITERION,
        UNKNOWN_OPTION,
        MISSING_ANSWER
    }

    static final Comparator<ScoreProblem> ORDER = Comparator.comparing(ScoreProblem::memberId)
            .thenComparing(ScoreProblem::criterionCode)
            .thenComparing(ScoreProblem::kind);

    public ScoreProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(criterionCode, "criterionCode");
        Objects.requireNonNull(message, "message");
    }

    static ScoreProblem unknownCriterion(String memberId, String criterionCode, String sheet) {
        return new ScoreProblem(
                Kind.UNKNOWN_CRITERION,
                memberId,
                criterionCode,
                null,
                LocalizedText.of(
                        "Phiếu chấm của " + memberId + " có tiêu chí " + criterionCode + " không thuộc phiếu " + sheet,
                        memberId + " answered criterion " + criterionCode + ", which is not on sheet " + sheet));
    }

    static ScoreProblem unknownOption(String memberId, String criterionCode, String optionCode) {
        return new ScoreProblem(
                Kind.UNKNOWN_OPTION,
                memberId,
                criterionCode,
                optionCode,
                LocalizedText.of(
                        "Tiêu chí " + criterionCode + " không có phương án " + optionCode + " (phiếu của " + memberId
                                + ")",
                        "Criterion " + criterionCode + " has no answer " + optionCode + " (sheet of " + memberId
                                + ")"));
    }

    static ScoreProblem missingAnswer(String memberId, String criterionCode) {
        return new ScoreProblem(
                Kind.MISSING_ANSWER,
                memberId,
                criterionCode,
                null,
                LocalizedText.of(
                        memberId + " chưa chấm tiêu chí " + criterionCode,
                        memberId + " has not answered criterion " + criterionCode));
    }

    @Override
    public String toString() {
        return kind + " " + memberId + "/" + criterionCode + (optionCode == null ? "" : "/" + optionCode) + ": "
                + message.en();
    }
}
