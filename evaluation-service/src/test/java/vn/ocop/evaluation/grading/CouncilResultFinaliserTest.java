package vn.ocop.evaluation.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.ocop.evaluation.grading.Refusal.Kind.CHAIR_ABSENT;
import static vn.ocop.evaluation.grading.Refusal.Kind.DUPLICATE_SCORE_SHEET;
import static vn.ocop.evaluation.grading.Refusal.Kind.INVALID_SCORE_SHEET;
import static vn.ocop.evaluation.grading.Refusal.Kind.NOT_A_MEMBER;
import static vn.ocop.evaluation.grading.Refusal.Kind.NO_QUORUM;
import static vn.ocop.evaluation.grading.Refusal.Kind.SPREAD_TOO_WIDE;
import static vn.ocop.evaluation.testing.Sheets.GUARDS_3;
import static vn.ocop.evaluation.testing.Sheets.GUARDS_4;
import static vn.ocop.evaluation.testing.Sheets.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import vn.ocop.evaluation.criteria.CriteriaSheet;
import vn.ocop.evaluation.criteria.GradingLevel;
import vn.ocop.evaluation.criteria.LegalBasis;
import vn.ocop.evaluation.testing.Sheets;

class CouncilResultFinaliserTest {

    private static final CriteriaSheet SHEET_1048 = Sheets.gradingSheet("QD1048_2019");

    /** Chair c, vice-chair v, members m1…m4, secretary s: seven members, quorum ceil(5.25) = 6. */
    private static Council council(GradingLevel level) {
        return new Council(
                "HD-MODUC",
                level,
                List.of(
                        new CouncilMember("c", "Nguyễn Văn Chủ", CouncilRole.CHAIR),
                        new CouncilMember("v", "Trần Thị Phó", CouncilRole.VICE_CHAIR),
                        new CouncilMember("m1", "Lê Văn Một", CouncilRole.MEMBER),
                        new CouncilMember("m2", "Phạm Thị Hai", CouncilRole.MEMBER),
                        new CouncilMember("m3", "Hồ Văn Ba", CouncilRole.MEMBER),
                        new CouncilMember("m4", "Đỗ Thị Bốn", CouncilRole.MEMBER),
                        new CouncilMember("s", "Võ Văn Thư", CouncilRole.SECRETARY)),
                CouncilSettings.DEFAULT);
    }

    private static final Council DISTRICT = council(GradingLevel.DISTRICT);
    private static final Council PROVINCE = council(GradingLevel.PROVINCE);

    private static List<ScoreSheet> everyone(String total, String... failing) {
        List<ScoreSheet> sheets = new ArrayList<>();
        for (CouncilMember member : DISTRICT.members()) {
            sheets.add(scoring(member.id(), total, failing));
        }
        return sheets;
    }

    private static CouncilResult finalise(Council council, LegalBasis basis, List<ScoreSheet> sheets) {
        return CouncilResultFinaliser.finalise(council, Sheets.gradingSheet(basis.criteriaBasis()), basis, sheets);
    }

    private static CouncilResult district(List<ScoreSheet> sheets) {
        return finalise(DISTRICT, Sheets.QD1048, sheets);
    }

    @Test
    void theResultIsTheMeanOfMembersTotalsTruncatedToTwoDecimalsForDisplay() {
        List<ScoreSheet> sheets = new ArrayList<>(everyone("70"));
        sheets.set(0, scoring("c", "69.5"));
        sheets.set(1, scoring("v", "69.5"));
        sheets.set(2, scoring("m1", "69"));

        CouncilResult result = district(sheets);

        // (69.5 + 69.5 + 69 + 4 × 70) / 7 = 488 / 7 = 69.714285…
        assertThat(result.memberTotals()).containsOnlyKeys("c", "v", "m1", "m2", "m3", "m4", "s");
        assertThat(result.memberTotals().get("m1")).isEqualByComparingTo("69");
        assertThat(result.score()).isEqualByComparingTo("69.71");
        assertThat(result.stars()).isEqualTo(3);
        assertThat(result.memberTotals().keySet()).containsExactly("c", "v", "m1", "m2", "m3", "m4", "s");
    }

    @Test
    void aMeanJustBelowAnEdgeStaysInTheLowerBandEvenWhenItWouldRoundUp() {
        List<ScoreSheet> sheets = new ArrayList<>(everyone("90"));
        sheets.set(6, scoring("s", "89.99"));

        CouncilResult result = finalise(PROVINCE, Sheets.QD1048, sheets);

        // 629.99 / 7 = 89.99857…: rounding would print 90.00 next to 4★
        assertThat(result.score()).isEqualByComparingTo("89.99");
        assertThat(result.stars()).isEqualTo(4);
        assertThat(result.proposedForFiveStar()).isFalse();
    }

    @Test
    void allowsASpreadOfExactlyTheMaximum() {
        List<ScoreSheet> sheets = new ArrayList<>(everyone("65"));
        sheets.set(2, scoring("m1", "60"));
        sheets.set(3, scoring("m2", "70"));

        assertThat(district(sheets).memberTotals()).hasSize(7);
    }

    @Test
    void refusesASpreadOfOneHundredthMoreAndNamesTheMembersToRescore() {
        List<ScoreSheet> sheets = new ArrayList<>(everyone("65"));
        sheets.set(2, scoring("m1", "60"));
        sheets.set(3, scoring("m2", "70.01"));

        Refusal refusal = refusedWith(() -> district(sheets)).get(0);

        assertThat(refusal.kind()).isEqualTo(SPREAD_TOO_WIDE);
        assertThat(refusal.memberIds()).containsExactly("m1", "m2");
        assertThat(refusal.message().vi()).contains("10.01").contains("chấm lại");
        assertThat(refusal.message().en()).contains("10.01").contains("m1, m2");
    }

    @Test
    void namesOnlyTheMembersFarFromSomeoneElseNotThoseCloseToEveryone() {
        List<ScoreSheet> sheets = new ArrayList<>(everyone("70"));
        sheets.set(2, scoring("m1", "60"));
        sheets.set(3, scoring("m2", "71"));

        assertThat(refusedWith(() -> district(sheets)).get(0).memberIds()).containsExactly("m1", "m2");
    }

    @Test
    void isQuorateWithThreeQuartersOfMembersRoundedUpIncludingTheChair() {
        List<ScoreSheet> six = everyone("75").subList(0, 6);

        assertThat(DISTRICT.settings().quorumFor(7)).isEqualTo(6);
        assertThat(district(six).memberTotals()).containsOnlyKeys("c", "v", "m1", "m2", "m3", "m4");
    }

    @Test
    void refusesWithoutQuorumAndSaysWhoIsMissing() {
        List<ScoreSheet> five = everyone("75").subList(0, 5);

        Refusal refusal = refusedWith(() -> district(five)).get(0);

        assertThat(refusal.kind()).isEqualTo(NO_QUORUM);
        assertThat(refusal.memberIds()).containsExactly("m4", "s");
        assertThat(refusal.message().vi())
                .contains("Đỗ Thị Bốn")
                .contains("Võ Văn Thư")
                .contains("cần 6");
        assertThat(refusal.message().en()).contains("5 present, 6 needed");
    }

    @Test
    void refusesWhenTheChairIsAbsentEvenWithEnoughMembers() {
        List<ScoreSheet> withoutChair = everyone("75").subList(1, 7);

        List<Refusal> refusals = refusedWith(() -> district(withoutChair));

        assertThat(refusals).extracting(Refusal::kind).containsExactly(CHAIR_ABSENT);
        assertThat(refusals.get(0).memberIds()).containsExactly("c");
    }

    @Test
    void aCouncilMayWaiveTheChairRule() {
        Council waived = new Council(
                "HD",
                GradingLevel.DISTRICT,
                DISTRICT.members(),
                new CouncilSettings(new BigDecimal("0.75"), false, BigDecimal.TEN));

        CouncilResult result = finalise(waived, Sheets.QD1048, everyone("75").subList(1, 7));

        assertThat(result.memberTotals()).doesNotContainKey("c");
    }

    @Test
    void reportsAbsenceOfTheChairAndLackOfQuorumTogether() {
        assertThat(refusedWith(() -> district(everyone("75").subList(2, 7))))
                .extracting(Refusal::kind)
                .containsExactly(NO_QUORUM, CHAIR_ABSENT);
    }

    @Test
    void refusesSheetsFromOutsidersAndSecondSheetsFromTheSameMember() {
        List<ScoreSheet> sheets = new ArrayList<>(everyone("75"));
        sheets.add(scoring("intruder", "75"));
        sheets.add(scoring("m1", "80"));

        List<Refusal> refusals = refusedWith(() -> district(sheets));

        assertThat(refusals).extracting(Refusal::kind).containsExactly(NOT_A_MEMBER, DUPLICATE_SCORE_SHEET);
        assertThat(refusals).extracting(Refusal::memberIds).containsExactly(List.of("intruder"), List.of("m1"));
    }

    @Test
    void refusesAnswersThatDoNotExistOnTheSheetAndPassesOnTheDetails() {
        List<ScoreSheet> sheets = new ArrayList<>(everyone("75"));
        Map<String, String> wrong = new HashMap<>(sheets.get(3).answers());
        wrong.put("A1", "36");
        sheets.set(3, new ScoreSheet("m2", wrong));

        Refusal refusal = refusedWith(() -> district(sheets)).get(0);

        assertThat(refusal.kind()).isEqualTo(INVALID_SCORE_SHEET);
        assertThat(refusal.memberIds()).containsExactly("m2");
        assertThat(refusal.scoreProblems())
                .extracting(ScoreProblem::criterionCode, ScoreProblem::optionCode)
                .containsExactly(tuple("A1", "36"));
    }

    @Test
    void aMandatoryCriterionFailedByTheMajorityCapsTheStarsBelowTheLevelItGuards() {
        List<ScoreSheet> sheets = new ArrayList<>();
        for (ScoreSheet s : everyone("80")) {
            boolean fails = List.of("m1", "m2", "m3", "m4").contains(s.memberId());
            sheets.add(fails ? scoring(s.memberId(), "75", GUARDS_3) : s);
        }

        CouncilResult result = district(sheets);

        assertThat(result.bandStars()).isEqualTo(4);
        assertThat(result.stars()).isEqualTo(2);
        assertThat(result.cappedByMandatoryCriterion()).isTrue();
        assertThat(result.mandatoryFailures()).singleElement().satisfies(f -> {
            assertThat(f.criterionCode()).isEqualTo(GUARDS_3);
            assertThat(f.failedBy()).containsExactly("m1", "m2", "m3", "m4");
        });
        assertThat(result.qualifiesForProvince()).isFalse();
        assertThat(result.recognisedAt()).isEmpty();
    }

    @Test
    void aMinorityFailingAMandatoryCriterionDoesNotCapTheResult() {
        List<ScoreSheet> sheets = new ArrayList<>(everyone("80"));
        sheets.set(2, scoring("m1", "75", GUARDS_3));
        sheets.set(3, scoring("m2", "75", GUARDS_3));
        sheets.set(4, scoring("m3", "75", GUARDS_3));

        CouncilResult result = district(sheets);

        assertThat(result.stars()).isEqualTo(4);
        assertThat(result.mandatoryFailures()).isEmpty();
    }

    @Test
    void aTieOnAMandatoryCriterionGoesTheChairsWay() {
        List<ScoreSheet> chairFails = new ArrayList<>(everyone("80").subList(0, 6));
        chairFails.set(0, scoring("c", "75", GUARDS_4));
        chairFails.set(1, scoring("v", "75", GUARDS_4));
        chairFails.set(2, scoring("m1", "75", GUARDS_4));
        List<ScoreSheet> chairPasses = new ArrayList<>(everyone("80").subList(0, 6));
        chairPasses.set(3, scoring("m2", "75", GUARDS_4));
        chairPasses.set(4, scoring("m3", "75", GUARDS_4));
        chairPasses.set(5, scoring("m4", "75", GUARDS_4));

        assertThat(district(chairFails).stars()).isEqualTo(3);
        assertThat(district(chairPasses).stars()).isEqualTo(4);
    }

    @Test
    void theLowestCapWinsWhenSeveralMandatoryCriteriaFail() {
        CouncilResult result = finalise(PROVINCE, Sheets.QD1048, everyone("90", GUARDS_3, GUARDS_4));

        assertThat(result.bandStars()).isEqualTo(5);
        assertThat(result.stars()).isEqualTo(2);
        assertThat(result.proposedForFiveStar()).isFalse();
    }

    @Test
    void aCapNeverRaisesStars() {
        CouncilResult result = district(everyone("40", GUARDS_4));

        assertThat(result.stars()).isEqualTo(2);
    }

    @Test
    void under1048aDistrictResultOfFiftyQualifiesForTheProvince() {
        assertThat(district(everyone("50")).qualifiesForProvince()).isTrue();
        assertThat(district(everyone("49.99")).qualifiesForProvince()).isFalse();
    }

    @Test
    void under148aDistrictResultNeedsSeventyAndItsThreeStarsAreRecognisedByTheDistrict() {
        CouncilResult sixtyNine = finalise(DISTRICT, Sheets.QD148, everyone("69.99"));
        CouncilResult seventy = finalise(DISTRICT, Sheets.QD148, everyone("70"));

        assertThat(sixtyNine.qualifiesForProvince()).isFalse();
        assertThat(sixtyNine.stars()).isEqualTo(3);
        assertThat(sixtyNine.recognisedAt()).contains(GradingLevel.DISTRICT);
        assertThat(seventy.qualifiesForProvince()).isTrue();
        assertThat(seventy.recognisedAt()).contains(GradingLevel.PROVINCE);
    }

    @Test
    void under148aFailedFourStarGuardKeepsAProductOfSeventyAtTheDistrict() {
        CouncilResult result = finalise(DISTRICT, Sheets.QD148, everyone("75", GUARDS_4));

        assertThat(result.stars()).isEqualTo(3);
        assertThat(result.qualifiesForProvince()).isFalse();
    }

    @Test
    void after2025TheCommuneIsTheFirstLevelAndTheDistrictNoLongerForwards() {
        Council commune = council(GradingLevel.COMMUNE);

        assertThat(finalise(commune, Sheets.QD1489, everyone("50")).qualifiesForProvince())
                .isTrue();
        assertThat(finalise(DISTRICT, Sheets.QD1489, everyone("80")).qualifiesForProvince())
                .isFalse();
    }

    @Test
    void aProvincialResultOfNinetyIsProposedToTheCentreForFiveStars() {
        CouncilResult result = finalise(PROVINCE, Sheets.QD1048, everyone("90"));

        assertThat(result.stars()).isEqualTo(5);
        assertThat(result.proposedForFiveStar()).isTrue();
        assertThat(result.recognisedAt()).contains(GradingLevel.CENTRAL);
        assertThat(result.qualifiesForProvince()).isFalse();
    }

    @Test
    void refusesToGradeWithASheetOfAnotherLegalBasis() {
        assertThatThrownBy(() -> CouncilResultFinaliser.finalise(DISTRICT, SHEET_1048, Sheets.QD148, everyone("80")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCouncilNeedsExactlyOneChair() {
        assertThatThrownBy(() -> new Council(
                        "HD",
                        GradingLevel.DISTRICT,
                        List.of(new CouncilMember("a", "A", CouncilRole.MEMBER)),
                        CouncilSettings.DEFAULT))
                .hasMessageContaining("exactly one chair");
    }

    private static List<Refusal> refusedWith(ThrowingCallable finalisation) {
        List<Refusal> refusals = new ArrayList<>();
        assertThatThrownBy(finalisation)
                .isInstanceOfSatisfying(CouncilResultRefused.class, e -> refusals.addAll(e.refusals()));
        return refusals;
    }
}
