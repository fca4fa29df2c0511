package vn.ocop.reporting.period;

import java.time.Instant;

/** A unit's report for a period; {@code attachmentId} is null when no PDF was attached. */
public record UnitReport(
        String unitCode,
        Instant submittedAt,
        boolean late,
        ReportFigures figures,
        String narrative,
        String attachmentId,
        String attachmentName,
        String actor) {}
