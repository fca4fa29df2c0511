package vn.ocop.reporting.dashboard.application;

/**
 * A counter shared by every instance of reporting-service: an instance moves it after it changed what dashboards
 * show (a view, a period, a task), and every instance reads it to learn that its remembered dashboards are stale.
 */
public interface DashboardVersions {

    /** The counter's value (0 before the first move). */
    long read();

    /** Moves the counter by one. */
    void bump();
}
