package vn.ocop.evaluation.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import vn.ocop.evaluation.testing.Sheets;

class ScorePropertiesTest {

    private final StarBands bands = Sheets.QD1048.starBands();

    @Property
    void theDisplayedScoreNeverExceedsTheExactMeanByAnything(
            @ForAll @Size(min = 1, max = 15) List<@BigRange(min = "0", max = "100") @Scale(2) BigDecimal> totals) {
        Score mean = mean(totals);
        BigDecimal shown = mean.twoDecimals();

        assertThat(mean.isAtLeast(shown)).isTrue();
        assertThat(mean.isAtLeast(shown.add(new BigDecimal("0.01")))).isFalse();
    }

    @Property
    void theDisplayedScoreAlwaysFallsInTheSameBandAsTheExactMean(
            @ForAll @Size(min = 1, max = 15) List<@BigRange(min = "0", max = "100") @Scale(2) BigDecimal> totals) {
        Score mean = mean(totals);

        assertThat(bands.starsFor(Score.of(mean.twoDecimals()))).isEqualTo(bands.starsFor(mean));
    }

    @Property
    void moreDoesNotEarnFewerStars(
            @ForAll @BigRange(min = "0", max = "100") @Scale(2) BigDecimal lower,
            @ForAll @BigRange(min = "0", max = "100") @Scale(2) BigDecimal higher) {
        BigDecimal low = lower.min(higher);
        BigDecimal high = lower.max(higher);

        assertThat(bands.starsFor(Score.of(high))).isGreaterThanOrEqualTo(bands.starsFor(Score.of(low)));
    }

    private static Score mean(List<BigDecimal> totals) {
        return new Score(totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add), totals.size());
    }
}
