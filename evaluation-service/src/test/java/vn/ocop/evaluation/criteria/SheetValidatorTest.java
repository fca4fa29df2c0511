package vn.ocop.evaluation.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.ocop.evaluation.criteria.SheetProblem.Kind.*;
import static vn.ocop.evaluation.testing.Sheets.criterion;
import static vn.ocop.evaluation.testing.Sheets.mandatory;
import static vn.ocop.evaluation.testing.Sheets.option;
import static vn.ocop.evaluation.testing.Sheets.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import vn.ocop.evaluation.testing.Sheets;

class SheetValidatorTest {

    private final SheetValidator validator = new SheetValidator(Sheets.SHIPPED.legalBases());

    @Test
    void acceptsAWellFormedSheetUnderEachLegalBasis() {
        assertThat(validator.problemsOf(Sheets.gradingSheet("QD1048_2019"))).isEmpty();
        assertThat(validator.problemsOf(Sheets.gradingSheet("QD148_2023"))).isEmpty();
        assertThat(validator.problemsOf(Sheets.gradingSheet("QD148_1489_2025"))).isEmpty();
    }

    @Test
    void refusesSheetWhosePartMaximaDoNotMatchItsLegalBasis() {
        // a 1048-shaped sheet (A 35, C 40) declared under 148 (A 40, C 35)
        CriteriaSheet sheet = withLegalBasis(Sheets.gradingSheet("QD1048_2019"), "QD148_2023");

        assertThat(validator.problemsOf(sheet))
                .extracting(SheetProblem::kind, SheetProblem::where)
                .containsExactlyInAnyOrder(tuple(PART_MAXIMUM_MISMATCH, "A"), tuple(PART_MAXIMUM_MISMATCH, "C"));
    }

    @Test
    void refusesPartWhoseBestAnswersDoNotAddUpToItsMaximum() {
        CriteriaSheet sheet = replacePart(
                Sheets.gradingSheet(),
                PartCode.B,
                part -> new Part(
                        PartCode.B, part.title(), part.maxPoints(), List.of(criterion("B1", Sheets.steps(0, 20, 5)))));

        List<SheetProblem> problems = validator.problemsOf(sheet);

        assertThat(problems)
                .extracting(SheetProblem::kind, SheetProblem::where)
                .containsExactly(tuple(PART_POINTS_DO_NOT_ADD_UP, "B"));
        assertThat(problems.get(0).message().en()).contains("20").contains("25");
    }

    @Test
    void refusesDuplicateCriterionCodesAcrossParts() {
        CriteriaSheet sheet = replacePart(
                Sheets.gradingSheet(),
                PartCode.B,
                part -> new Part(
                        PartCode.B, part.title(), part.maxPoints(), List.of(criterion("A1", Sheets.steps(0, 25, 5)))));

        assertThat(validator.problemsOf(sheet))
                .extracting(SheetProblem::kind, SheetProblem::where)
                .containsExactly(tuple(DUPLICATE_CRITERION_CODE, "B/A1"));
    }

    @Test
    void refusesDuplicateOptionCodesWithinACriterion() {
        CriteriaSheet sheet = replacePart(
                Sheets.gradingSheet(),
                PartCode.B,
                part -> new Part(
                        PartCode.B,
                        part.title(),
                        part.maxPoints(),
                        List.of(criterion("B1", List.of(option("x", "0", false), option("x", "25", false))))));

        assertThat(validator.problemsOf(sheet))
                .extracting(SheetProblem::kind, SheetProblem::where)
                .containsExactly(tuple(DUPLICATE_OPTION_CODE, "B/B1/x"));
    }

    @Test
    void refusesCriterionWithoutAnswerOptions() {
        CriteriaSheet sheet = replacePart(
                Sheets.gradingSheet(),
                PartCode.B,
                part -> new Part(
                        PartCode.B,
                        part.title(),
                        part.maxPoints(),
                        List.of(criterion("B1", Sheets.steps(0, 25, 5)), criterion("B2", List.of()))));

        assertThat(validator.problemsOf(sheet))
                .extracting(SheetProblem::kind, SheetProblem::where)
                .containsExactly(tuple(NO_OPTIONS, "B/B2"));
    }

    @Test
    void refusesNegativePoints() {
        CriteriaSheet sheet = replacePart(
                Sheets.gradingSheet(),
                PartCode.B,
                part -> new Part(
                        PartCode.B,
                        part.title(),
                        part.maxPoints(),
                        List.of(criterion("B1", List.of(option("a", "-1", false), option("b", "25", false))))));

        assertThat(validator.problemsOf(sheet))
                .extracting(SheetProblem::kind, SheetProblem::where)
                .containsExactly(tuple(NEGATIVE_POINTS, "B/B1/a"));
    }

    @Test
    void refusesMissingAndRepeatedParts() {
        CriteriaSheet valid = Sheets.gradingSheet();
        List<Part> parts = List.of(
                valid.part(PartCode.A).orElseThrow(),
                valid.part(PartCode.A).orElseThrow(),
                valid.part(PartCode.C).orElseThrow());
        CriteriaSheet sheet =
                new CriteriaSheet(valid.id(), 1, valid.legalBasis(), valid.title(), true, valid.productGroups(), parts);

        assertThat(validator.problemsOf(sheet))
                .extracting(SheetProblem::kind)
                .contains(PART_MISSING, PART_DUPLICATED, DUPLICATE_CRITERION_CODE);
    }

    @Test
    void refusesUnknownLegalBasisAndStillReportsTheOtherProblems() {
        CriteriaSheet sheet = new CriteriaSheet("X", 0, "QD999_2030", text("Phiếu"), true, List.of(), List.of());

        assertThat(validator.problemsOf(sheet))
                .extracting(SheetProblem::kind)
                .containsExactlyInAnyOrder(
                        UNKNOWN_LEGAL_BASIS,
                        INVALID_VERSION,
                        NO_PRODUCT_GROUPS,
                        PART_MISSING,
                        PART_MISSING,
                        PART_MISSING);
    }

    @Test
    void refusesMandatoryCriterionThatGuardsNoStarLevel() {
        Criterion noGuard = new Criterion(
                "C1",
                null,
                text("Bắt buộc"),
                List.of(option("fail", "0", true), option("pass", "5", false)),
                true,
                null);

        assertThat(validator.problemsOf(replaceCriterion(Sheets.gradingSheet(), noGuard)))
                .extracting(SheetProblem::kind, SheetProblem::where)
                .containsExactly(tuple(MANDATORY_WITHOUT_GUARD, "C/C1"));
    }

    @Test
    void refusesMandatoryCriterionThatNoAnswerCanFail() {
        Criterion cannotFail = new Criterion(
                "C1", null, text("Bắt buộc"), List.of(option("a", "0", false), option("pass", "5", false)), true, 3);

        assertThat(validator.problemsOf(replaceCriterion(Sheets.gradingSheet(), cannotFail)))
                .extracting(SheetProblem::kind)
                .containsExactly(MANDATORY_CANNOT_FAIL);
    }

    @Test
    void refusesMandatoryCriterionThatEveryAnswerFails() {
        Criterion cannotPass = new Criterion(
                "C1", null, text("Bắt buộc"), List.of(option("fail", "0", true), option("pass", "5", true)), true, 3);

        assertThat(validator.problemsOf(replaceCriterion(Sheets.gradingSheet(), cannotPass)))
                .extracting(SheetProblem::kind)
                .containsExactly(MANDATORY_CANNOT_PASS);
    }

    @Test
    void refusesFailingAnswerOnACriterionThatIsNotMandatory() {
        Criterion optional = new Criterion(
                "C1",
                null,
                text("Không bắt buộc"),
                List.of(option("fail", "0", true), option("pass", "5", false)),
                false,
                null);

        assertThat(validator.problemsOf(replaceCriterion(Sheets.gradingSheet(), optional)))
                .extracting(SheetProblem::kind)
                .containsExactly(GUARD_ON_OPTIONAL_CRITERION);
    }

    @Test
    void refusesBlankVietnameseText() {
        Criterion blank = new Criterion(
                "C1",
                null,
                LocalizedText.of("  ", "Food safety"),
                mandatory("C1", 3).options(),
                true,
                3);

        assertThat(validator.problemsOf(replaceCriterion(Sheets.gradingSheet(), blank)))
                .extracting(SheetProblem::kind, SheetProblem::where)
                .containsExactly(tuple(BLANK_TEXT, "C/C1/text"));
    }

    @Test
    void requireValidListsEveryProblemInTheException() {
        CriteriaSheet sheet = withLegalBasis(Sheets.gradingSheet("QD1048_2019"), "QD148_2023");

        assertThatThrownBy(() -> validator.requireValid(sheet)).isInstanceOfSatisfying(SheetRejected.class, e -> {
            assertThat(e.problems()).hasSize(2);
            assertThat(e.getMessage()).contains("TEST-GRADING v1").contains("PART_MAXIMUM_MISMATCH at A");
        });
    }

    @Test
    void textsAreStoredNfcNormalised() {
        String decomposed = "Thu\u031B\u0323c pha\u0302\u0309m"; // "Thực phẩm" typed with combining marks
        assertThat(LocalizedText.of(decomposed, null).vi()).isEqualTo("Thực phẩm");
    }

    @Test
    void partPointsMayBeFractional() {
        CriteriaSheet sheet = replacePart(
                Sheets.gradingSheet(),
                PartCode.B,
                part -> new Part(
                        PartCode.B,
                        part.title(),
                        part.maxPoints(),
                        List.of(
                                criterion("B1", List.of(option("a", "12.5", false))),
                                criterion("B2", List.of(option("a", "0", false), option("b", "12.50", false))))));

        assertThat(validator.problemsOf(sheet)).isEmpty();
        assertThat(sheet.part(PartCode.B).orElseThrow().bestPoints()).isEqualByComparingTo(BigDecimal.valueOf(25));
    }

    private static CriteriaSheet withLegalBasis(CriteriaSheet sheet, String basis) {
        return new CriteriaSheet(
                sheet.id(),
                sheet.version(),
                basis,
                sheet.title(),
                sheet.sample(),
                sheet.productGroups(),
                sheet.parts());
    }

    private static CriteriaSheet replacePart(CriteriaSheet sheet, PartCode code, UnaryOperator<Part> change) {
        List<Part> parts = new ArrayList<>();
        for (Part part : sheet.parts()) {
            parts.add(part.code() == code ? change.apply(part) : part);
        }
        return new CriteriaSheet(
                sheet.id(),
                sheet.version(),
                sheet.legalBasis(),
                sheet.title(),
                sheet.sample(),
                sheet.productGroups(),
                parts);
    }

    private static CriteriaSheet replaceCriterion(CriteriaSheet sheet, Criterion replacement) {
        PartCode code = sheet.partOf(replacement.code()).orElseThrow();
        return replacePart(
                sheet,
                code,
                part -> new Part(
                        code,
                        part.title(),
                        part.maxPoints(),
                        part.criteria().stream()
                                .map(c -> c.code().equals(replacement.code()) ? replacement : c)
                                .toList()));
    }
}
