package vn.ocop.evaluation.grading;

import java.util.List;

/**
 * A mandatory criterion the council found failed, capping the result at {@code guardsStars − 1}.
 *
 * @param failedBy the members who judged it failed
 */
public record MandatoryFailure(String criterionCode, int guardsStars, List<String> failedBy) {

    public MandatoryFailure {
        failedBy = List.copyOf(failedBy);
    }

    public int starCap() {
        return guardsStars - 1;
    }
}
