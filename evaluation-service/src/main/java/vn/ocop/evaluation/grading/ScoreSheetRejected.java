package vn.ocop.evaluation.grading;

import java.util.List;

/** A score sheet does not answer exactly the criteria of the sheet it is scored on. */
public class ScoreSheetRejected extends RuntimeException {

    private final transient List<ScoreProblem> problems;

    public ScoreSheetRejected(List<ScoreProblem> problems) {
        super("score sheet refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<ScoreProblem> problems() {
        return problems;
    }
}
