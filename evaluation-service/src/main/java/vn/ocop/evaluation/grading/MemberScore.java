package vn.ocop.evaluation.grading;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ocop.evaluation.criteria.PartCode;

/**
 * A counted score sheet.
 *
 * @param failedMandatory codes of the mandatory criteria this member judged failed
 */
public record MemberScore(String memberId, Map<PartCode, BigDecimal> partTotals, List<String> failedMandatory) {

    public MemberScore {
        Objects.requireNonNull(memberId, "memberId");
        partTotals = Map.copyOf(new EnumMap<>(partTotals));
        failedMandatory = List.copyOf(failedMandatory);
    }

    public BigDecimal total() {
        return partTotals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
