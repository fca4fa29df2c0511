package vn.ocop.evaluation.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How a council decides when it may finalise: the share of members that must be present (rounded up),
 * whether the chair must be among them, and the widest allowed gap between members' totals. The
 * defaults follow the Tây Ninh rule quoted in OCOP.md: 3/4 of members with the chair, 10 points.
 */
public record CouncilSettings(BigDecimal quorumShare, boolean chairMustAttend, BigDecimal maxSpread) {

    public static final CouncilSettings DEFAULT = new CouncilSettings(new BigDecimal("0.75"), true, BigDecimal.TEN);

    public CouncilSettings {
        Objects.requireNonNull(quorumShare, "quorumShare");
        Objects.requireNonNull(maxSpread, "maxSpread");
        if (quorumShare.signum() <= 0 || quorumShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("quorum share lies in (0, 1], was " + quorumShare);
        }
        if (maxSpread.signum() < 0) {
            throw new IllegalArgumentException("max spread cannot be negative");
        }
    }

    /** Members needed for a valid meeting: ceil(share × size), e.g. 6 of 7 and 6 of 8 at 3/4. */
    public int quorumFor(int councilSize) {
        return quorumShare
                .multiply(BigDecimal.valueOf(councilSize))
                .setScale(0, RoundingMode.CEILING)
                .intValueExact();
    }
}
