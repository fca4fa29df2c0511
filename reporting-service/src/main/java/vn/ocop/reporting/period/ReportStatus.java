package vn.ocop.reporting.period;

/** Where a unit stands for a period: PENDING until the due date is over, then MISSING if nothing came. */
public enum ReportStatus {
    SUBMITTED,
    LATE,
    MISSING,
    PENDING
}
