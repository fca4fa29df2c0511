package vn.ocop.evaluation.grading;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.evaluation.criteria.GradingLevel;
import vn.ocop.evaluation.criteria.Score;

/**
 * A finalised council result.
 *
 * @param memberTotals          each scoring member's total, in the council's member order
 * @param mean                  the exact mean of members' totals, used for every comparison
 * @param score                 the mean truncated to two decimals, for display and events
 * @param bandStars             the stars the mean earns before any mandatory cap
 * @param stars                 the stars after mandatory caps
 * @param qualifiesForProvince  a first-level (district/commune) result reaching the legal basis's threshold
 * @param proposedForFiveStar   a provincial result reaching the 5★ proposal threshold with no cap below 5★
 * @param recognisedAt          the level whose authority recognises these stars, empty below 3★
 */
public record CouncilResult(
        String councilId,
        GradingLevel level,
        String legalBasis,
        String sheetReference,
        Map<String, BigDecimal> memberTotals,
        Score mean,
        BigDecimal score,
        int bandStars,
        int stars,
        List<MandatoryFailure> mandatoryFailures,
        boolean qualifiesForProvince,
        boolean proposedForFiveStar,
        Optional<GradingLevel> recognisedAt) {

    public CouncilResult {
        memberTotals = Collections.unmodifiableMap(new LinkedHashMap<>(memberTotals));
        mandatoryFailures = List.copyOf(mandatoryFailures);
    }

    public boolean cappedByMandatoryCriterion() {
        return stars < bandStars;
    }
}
