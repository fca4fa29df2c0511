package vn.ocop.reporting.views;

/** A year's target: between minProducts and maxProducts products certified at 3–5★, at least minFiveStar at 5★. */
public record Target(int year, int minProducts, int maxProducts, int minFiveStar) {

    public Target {
        if (minProducts < 0 || maxProducts < minProducts || minFiveStar < 0) {
            throw new IllegalArgumentException("target needs 0 <= minProducts <= maxProducts and minFiveStar >= 0");
        }
    }
}
