package vn.ocop.evaluation.criteria;

import java.math.BigDecimal;
import java.util.Objects;

/** Scores from {@code from} (inclusive) up to the next band's start (exclusive) earn {@code stars}. */
public record StarBand(int stars, BigDecimal from) {

    public StarBand {
        Objects.requireNonNull(from, "from");
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("stars must be 1 to 5, was " + stars);
        }
    }
}
