package vn.ocop.evaluation.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuorumTest {

    @ParameterizedTest(name = "{0} members need {1}")
    @CsvSource({"1, 1", "3, 3", "4, 3", "5, 4", "7, 6", "8, 6", "9, 7", "12, 9", "13, 10"})
    void quorumIsThreeQuartersRoundedUp(int members, int needed) {
        assertThat(CouncilSettings.DEFAULT.quorumFor(members)).isEqualTo(needed);
    }

    @Test
    void defaultsAreTheTayNinhRule() {
        assertThat(CouncilSettings.DEFAULT.chairMustAttend()).isTrue();
        assertThat(CouncilSettings.DEFAULT.maxSpread()).isEqualByComparingTo("10");
    }

    @Test
    void refusesAQuorumShareOutsideZeroToOne() {
        assertThatThrownBy(() -> new CouncilSettings(new BigDecimal("1.5"), true, BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
