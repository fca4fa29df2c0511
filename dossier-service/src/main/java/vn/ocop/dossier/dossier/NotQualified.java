package vn.ocop.dossier.dossier;

import java.math.BigDecimal;

/** Forwarding refused: the district result does not reach the legal basis' threshold. */
public class NotQualified extends RuntimeException {

    private final double score;
    private final BigDecimal threshold;

    public NotQualified(double score, BigDecimal threshold) {
        super("The district score " + score + " does not qualify for the province (threshold " + threshold + ")");
        this.score = score;
        this.threshold = threshold;
    }

    public double score() {
        return score;
    }

    public BigDecimal threshold() {
        return threshold;
    }
}
