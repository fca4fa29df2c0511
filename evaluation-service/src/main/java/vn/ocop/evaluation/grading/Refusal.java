package vn.ocop.evaluation.grading;

import java.util.List;
import java.util.Objects;
import vn.ocop.evaluation.criteria.LocalizedText;

/**
 * One reason a council result cannot be finalised yet.
 *
 * @param memberIds the members concerned: those missing, those to re-score, or those whose sheet is refused
 */
public record Refusal(Kind kind, List<String> memberIds, List<ScoreProblem> scoreProblems, LocalizedText message) {

    public enum Kind {
        NOT_A_MEMBER,
        DUPLICATE_SCORE_SHEET,
        INVALID_SCORE_SHEET,
        NO_QUORUM,
        CHAIR_ABSENT,
        SPREAD_TOO_WIDE
    }

    public Refusal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        memberIds = List.copyOf(memberIds);
        scoreProblems = List.copyOf(scoreProblems);
    }

    static Refusal of(Kind kind, List<String> memberIds, String vi, String en) {
        return new Refusal(kind, memberIds, List.of(), LocalizedText.of(vi, en));
    }

    @Override
    public String toString() {
        return kind + " " + memberIds + ": " + message.en();
    }
}
