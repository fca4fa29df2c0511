package vn.ocop.evaluation.criteria;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact score: the mean of {@code count} totals that add up to {@code sum}. It is kept as a
 * fraction because a mean such as 209/3 has no finite decimal form, and OCOP.md asks to compare the
 * mean against star bands without rounding. Comparisons cross-multiply instead of dividing.
 */
public record Score(BigDecimal sum, int count) implements Comparable<Score> {

    public Score {
        Objects.requireNonNull(sum, "sum");
        if (count < 1) {
            throw new IllegalArgumentException("a score is the mean of at least one total");
        }
    }

    public static Score of(BigDecimal total) {
        return new Score(total, 1);
    }

    public boolean isAtLeast(BigDecimal threshold) {
        return sum.compareTo(threshold.multiply(BigDecimal.valueOf(count))) >= 0;
    }

    public boolean isAbove(BigDecimal threshold) {
        return sum.compareTo(threshold.multiply(BigDecimal.valueOf(count))) > 0;
    }

    /**
     * The score for display and events, truncated (not rounded) to two decimals. Truncation keeps the
     * shown value in the same star band as the exact mean: 89.996 shows as 89.99 (4★), whereas rounding
     * would show 90.00 beside a 4★ result.
     */
    public BigDecimal twoDecimals() {
        return sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
    }

    @Override
    public int compareTo(Score other) {
        return sum.multiply(BigDecimal.valueOf(other.count)).compareTo(other.sum.multiply(BigDecimal.valueOf(count)));
    }

    @Override
    public String toString() {
        return twoDecimals().toPlainString();
    }
}
