package vn.ocop.evaluation.criteria;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Half-open star bands: [90, 100] 5★, [70, 90) 4★, [50, 70) 3★, [30, 50) 2★, [0, 30) 1★ under both
 * decisions. 1048 wrote integer edges ("70 to 89") but means are fractional, so a band runs up to,
 * not including, the next band's start.
 */
public final class StarBands {

    private static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);

    private final List<StarBand> highestFirst;

    public StarBands(List<StarBand> bands) {
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("at least one star band is needed");
        }
        this.highestFirst = bands.stream()
                .sorted(Comparator.comparing(StarBand::from).reversed())
                .toList();
        for (int i = 1; i < highestFirst.size(); i++) {
            if (highestFirst.get(i).stars() >= highestFirst.get(i - 1).stars()) {
                throw new IllegalArgumentException("a higher band must give more stars: " + bands);
            }
            if (highestFirst.get(i).from().compareTo(highestFirst.get(i - 1).from()) == 0) {
                throw new IllegalArgumentException("two bands start at the same score: " + bands);
            }
        }
        if (lowest().from().signum() != 0) {
            throw new IllegalArgumentException("the lowest band must start at 0: " + bands);
        }
    }

    public int starsFor(Score score) {
        if (score.isAbove(MAX_SCORE) || !score.isAtLeast(BigDecimal.ZERO)) {
            throw new IllegalArgumentException("a score lies between 0 and 100, was " + score);
        }
        return highestFirst.stream()
                .filter(band -> score.isAtLeast(band.from()))
                .findFirst()
                .orElseThrow()
                .stars();
    }

    /** The stars a product earns at exactly {@code threshold} points. */
    public int starsAt(BigDecimal threshold) {
        return starsFor(Score.of(threshold));
    }

    public List<StarBand> bands() {
        return highestFirst;
    }

    private StarBand lowest() {
        return highestFirst.get(highestFirst.size() - 1);
    }
}
