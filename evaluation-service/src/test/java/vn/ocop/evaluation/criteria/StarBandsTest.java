package vn.ocop.evaluation.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.evaluation.testing.Sheets;

class StarBandsTest {

    private static final StarBands SHIPPED_1048 = Sheets.QD1048.starBands();

    @ParameterizedTest(name = "{0} points earn {1} stars")
    @CsvSource({"0, 1", "29.99, 1", "30, 2", "49.99, 2", "50, 3", "69.99, 3", "70, 4", "89.99, 4", "90, 5", "100, 5"})
    void bandsAreHalfOpenWithTheLowerEdgeIncluded(String score, int stars) {
        assertThat(SHIPPED_1048.starsFor(Score.of(new BigDecimal(score)))).isEqualTo(stars);
    }

    @Test
    void allThreeLegalBasesShareTheSameBands() {
        for (LegalBasis basis : List.of(Sheets.QD148, Sheets.QD1489)) {
            assertThat(basis.starBands().bands()).isEqualTo(SHIPPED_1048.bands());
        }
    }

    @Test
    void comparesTheExactMeanNotARoundedOne() {
        // (70 + 70 + 69.99) / 3 = 69.9966…: rounding to two decimals would wrongly give 70.00 and 4★
        Score mean = new Score(new BigDecimal("209.99"), 3);

        assertThat(SHIPPED_1048.starsFor(mean)).isEqualTo(3);
        assertThat(mean.twoDecimals()).isEqualByComparingTo("69.99");
    }

    @Test
    void aMeanOfThirdsExactlyOnTheEdgeReachesTheBand() {
        assertThat(SHIPPED_1048.starsFor(new Score(new BigDecimal("210"), 3))).isEqualTo(4);
    }

    @Test
    void refusesScoresOutsideZeroToHundred() {
        assertThatThrownBy(() -> SHIPPED_1048.starsFor(Score.of(new BigDecimal("100.01"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SHIPPED_1048.starsFor(Score.of(new BigDecimal("-0.01"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesBandsThatDoNotStartAtZero() {
        assertThatThrownBy(() -> new StarBands(
                        List.of(new StarBand(2, BigDecimal.TEN), new StarBand(3, BigDecimal.valueOf(50)))))
                .hasMessageContaining("start at 0");
    }

    @Test
    void refusesBandsWhereAHigherScoreGivesFewerStars() {
        assertThatThrownBy(() -> new StarBands(
                        List.of(new StarBand(3, BigDecimal.ZERO), new StarBand(2, BigDecimal.valueOf(50)))))
                .hasMessageContaining("more stars");
    }
}
