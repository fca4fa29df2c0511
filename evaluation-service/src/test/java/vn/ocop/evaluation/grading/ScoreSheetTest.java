package vn.ocop.evaluation.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.ocop.evaluation.grading.ScoreProblem.Kind.MISSING_ANSWER;
import static vn.ocop.evaluation.grading.ScoreProblem.Kind.UNKNOWN_CRITERION;
import static vn.ocop.evaluation.grading.ScoreProblem.Kind.UNKNOWN_OPTION;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.evaluation.criteria.CriteriaSheet;
import vn.ocop.evaluation.criteria.PartCode;
import vn.ocop.evaluation.testing.Sheets;

class ScoreSheetTest {

    private final CriteriaSheet sheet = Sheets.gradingSheet();

    @Test
    void totalsThePointsOfTheChosenAnswersPerPart() {
        ScoreSheet answers = new ScoreSheet(
                "m1", Map.of("A1", "30", "B1", "15", "C1", "pass", "C2", "fail", "C3", "12", "C4", "0.5"));

        MemberScore score = answers.scoreAgainst(sheet);

        assertThat(score.partTotals().get(PartCode.A)).isEqualByComparingTo("30");
        assertThat(score.partTotals().get(PartCode.B)).isEqualByComparingTo("15");
        assertThat(score.partTotals().get(PartCode.C)).isEqualByComparingTo("17.5");
        assertThat(score.total()).isEqualByComparingTo("62.5");
        assertThat(score.failedMandatory()).containsExactly("C2");
    }

    @Test
    void refusesAnswersToCriteriaThatAreNotOnTheSheet() {
        Map<String, String> answers = new HashMap<>(Sheets.scoring("m1", "80").answers());
        answers.put("Z9", "a");

        assertThat(new ScoreSheet("m1", answers).problemsAgainst(sheet))
                .extracting(ScoreProblem::kind, ScoreProblem::criterionCode)
                .containsExactly(tuple(UNKNOWN_CRITERION, "Z9"));
    }

    @Test
    void refusesAnAnswerTheCriterionDoesNotOffer() {
        Map<String, String> answers = new HashMap<>(Sheets.scoring("m1", "80").answers());
        answers.put("A1", "33");

        assertThat(new ScoreSheet("m1", answers).problemsAgainst(sheet))
                .extracting(ScoreProblem::kind, ScoreProblem::criterionCode, ScoreProblem::optionCode)
                .containsExactly(tuple(UNKNOWN_OPTION, "A1", "33"));
    }

    @Test
    void refusesASheetThatLeavesCriteriaUnanswered() {
        Map<String, String> answers = new HashMap<>(Sheets.scoring("m1", "80").answers());
        answers.remove("C3");
        answers.remove("B1");

        assertThatThrownBy(() -> new ScoreSheet("m1", answers).scoreAgainst(sheet))
                .isInstanceOfSatisfying(
                        ScoreSheetRejected.class,
                        e -> assertThat(e.problems())
                                .extracting(ScoreProblem::kind, ScoreProblem::criterionCode)
                                .containsExactly(tuple(MISSING_ANSWER, "B1"), tuple(MISSING_ANSWER, "C3")));
    }

    @Test
    void problemMessagesNameTheMemberAndCriterionInBothLanguages() {
        ScoreProblem problem =
                new ScoreSheet("m7", Map.of()).problemsAgainst(sheet).get(0);

        assertThat(problem.message().vi()).contains("m7").contains("A1").contains("chưa chấm");
        assertThat(problem.message().en()).contains("m7").contains("A1").contains("not answered");
    }
}
