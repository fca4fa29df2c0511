package vn.ocop.evaluation.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.ocop.evaluation.criteria.AnswerOption;
import vn.ocop.evaluation.criteria.CriteriaSheet;
import vn.ocop.evaluation.criteria.Criterion;
import vn.ocop.evaluation.criteria.Part;
import vn.ocop.evaluation.criteria.PartCode;

/** One council member's answers: for each criterion code, the code of the answer they picked. */
public record ScoreSheet(String memberId, Map<String, String> answers) {

    public ScoreSheet {
        Objects.requireNonNull(memberId, "memberId");
        answers = Map.copyOf(answers);
    }

    public List<ScoreProblem> problemsAgainst(CriteriaSheet sheet) {
        List<ScoreProblem> problems = new ArrayList<>();
        answers.forEach((criterionCode, optionCode) -> {
            Optional<Criterion> criterion = sheet.criterion(criterionCode);
            if (criterion.isEmpty()) {
                problems.add(ScoreProblem.unknownCriterion(memberId, criterionCode, sheet.reference()));
            } else if (criterion.get().option(optionCode).isEmpty()) {
                problems.add(ScoreProblem.unknownOption(memberId, criterionCode, optionCode));
            }
        });
        sheet.criteria()
                .filter(c -> !answers.containsKey(c.code()))
                .forEach(c -> problems.add(ScoreProblem.missingAnswer(memberId, c.code())));
        problems.sort(ScoreProblem.ORDER);
        return problems;
    }

    /** Totals this sheet; refuses it, listing every problem, when it does not answer exactly the sheet's criteria. */
    public MemberScore scoreAgainst(CriteriaSheet sheet) {
        List<ScoreProblem> problems = problemsAgainst(sheet);
        if (!problems.isEmpty()) {
            throw new ScoreSheetRejected(problems);
        }
        Map<PartCode, BigDecimal> partTotals = new EnumMap<>(PartCode.class);
        Map<String, AnswerOption> chosen = new LinkedHashMap<>();
        for (Part part : sheet.parts()) {
            BigDecimal total = BigDecimal.ZERO;
            for (Criterion criterion : part.criteria()) {
                AnswerOption option =
                        criterion.option(answers.get(criterion.code())).orElseThrow();
                chosen.put(criterion.code(), option);
                total = total.add(option.points());
            }
            partTotals.put(part.code(), total);
        }
        List<String> failedMandatory = sheet.criteria()
                .filter(c -> c.mandatory() && chosen.get(c.code()).failsMandatory())
                .map(Criterion::code)
                .toList();
        return new MemberScore(memberId, partTotals, failedMandatory);
    }
}
