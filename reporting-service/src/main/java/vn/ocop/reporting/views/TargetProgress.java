package vn.ocop.reporting.views;

import java.util.List;

/** A year's target against recognitions so far, each district's contribution and the year-end projection. */
public record TargetProgress(
        Target target,
        int actual,
        int actualFiveStar,
        int projection,
        int roundsScheduled,
        int roundsDone,
        List<StarCount> byDistrict) {

    public boolean productTargetMet() {
        return actual >= target.minProducts();
    }

    public boolean fiveStarTargetMet() {
        return actualFiveStar >= target.minFiveStar();
    }
}
