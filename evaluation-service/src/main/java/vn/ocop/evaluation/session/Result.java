package vn.ocop.evaluation.session;

import java.time.Instant;
import java.util.List;

/**
 * The council's finalised result.
 *
 * @param score       the mean truncated to two decimals (decimal text)
 * @param bandStars   stars by the score band, before mandatory caps
 * @param cappedBy    mandatory criteria the council found failed
 */
public record Result(
        String councilId,
        String sheet,
        String score,
        int stars,
        int bandStars,
        boolean qualifiesForProvince,
        boolean proposedForFiveStar,
        List<MemberTotal> memberTotals,
        List<String> cappedBy,
        Instant finalisedAt,
        String finalisedBy) {

    public Result {
        memberTotals = List.copyOf(memberTotals);
        cappedBy = List.copyOf(cappedBy);
    }
}
