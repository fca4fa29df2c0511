package vn.ocop.evaluation.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import vn.ocop.evaluation.criteria.GradingLevel;
import vn.ocop.evaluation.testing.Sheets;

class SpreadPropertiesTest {

    private static final List<String> IDS = List.of("c", "m1", "m2", "m3");
    private static final Council COUNCIL = new Council(
            "HD",
            GradingLevel.DISTRICT,
            List.of(
                    new CouncilMember("c", "Chủ tịch", CouncilRole.CHAIR),
                    new CouncilMember("m1", "Một", CouncilRole.MEMBER),
                    new CouncilMember("m2", "Hai", CouncilRole.MEMBER),
                    new CouncilMember("m3", "Ba", CouncilRole.SECRETARY)),
            CouncilSettings.DEFAULT);

    /** Half-points from 55.0 to 85.0, so spreads just under, at and just over 10 all occur. */
    @Property
    void refusedExactlyWhenTheSpreadExceedsTenAndEveryNamedMemberIsFarFromSomeone(
            @ForAll @Size(4) List<@IntRange(min = 110, max = 170) Integer> halfPoints) {
        List<ScoreSheet> sheets = new ArrayList<>();
        for (int i = 0; i < IDS.size(); i++) {
            sheets.add(Sheets.scoring(
                    IDS.get(i),
                    BigDecimal.valueOf(halfPoints.get(i), 0)
                            .divide(BigDecimal.valueOf(2))
                            .toPlainString()));
        }
        Map<String, Integer> byMember =
                IDS.stream().collect(Collectors.toMap(id -> id, id -> halfPoints.get(IDS.indexOf(id))));
        int spread = halfPoints.stream().max(Comparator.naturalOrder()).orElseThrow()
                - halfPoints.stream().min(Comparator.naturalOrder()).orElseThrow();

        try {
            CouncilResultFinaliser.finalise(COUNCIL, Sheets.gradingSheet(), Sheets.QD1048, sheets);
            assertThat(spread).isLessThanOrEqualTo(20);
        } catch (CouncilResultRefused refused) {
            assertThat(spread).isGreaterThan(20);
            List<String> named = refused.refusals().get(0).memberIds();
            assertThat(named)
                    .isNotEmpty()
                    .allSatisfy(id ->
                            assertThat(byMember.values()).anyMatch(other -> Math.abs(other - byMember.get(id)) > 20));
            assertThat(IDS)
                    .filteredOn(id -> !named.contains(id))
                    .allSatisfy(id ->
                            assertThat(byMember.values()).allMatch(other -> Math.abs(other - byMember.get(id)) <= 20));
        }
    }
}
