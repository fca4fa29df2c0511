package vn.ocop.reporting.views;

/**
 * Year-end projection, linear on the recognitions so far: each round still to come is expected to bring as many
 * products as the rounds done so far brought on average. A round counts as done once it has recognitions or its
 * province deadline has passed. With no round done yet there is nothing to extrapolate from: the projection is
 * what has been recognised.
 */
public final class TargetProjection {

    private TargetProjection() {}

    public static int project(int recognised, int roundsScheduled, int roundsDone) {
        if (roundsDone <= 0 || roundsScheduled <= roundsDone) {
            return recognised;
        }
        return recognised + Math.round((float) recognised / roundsDone * (roundsScheduled - roundsDone));
    }
}
