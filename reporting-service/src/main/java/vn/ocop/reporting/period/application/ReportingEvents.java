package vn.ocop.reporting.period.application;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.ocop.platform.events.EventFactory;
import vn.ocop.platform.events.OutboxEntry;

/** The events this service publishes on {@code ocop.reporting.events} (key: periodId or taskId). */
public final class ReportingEvents {

    public static final String TOPIC = "ocop.reporting.events";
    public static final String PERIOD_SCHEDULED = "vn.ocop.reporting.period-scheduled.v1";
    public static final String REPORT_SUBMITTED = "vn.ocop.reporting.period-report-submitted.v1";
    public static final String REPORT_OVERDUE = "vn.ocop.reporting.report-overdue.v1";
    public static final String TASK_ASSIGNED = "vn.ocop.reporting.task-assigned.v1";
    public static final String TASK_OVERDUE = "vn.ocop.reporting.task-overdue.v1";

    private ReportingEvents() {}

    public record PeriodScheduled(
            String periodId,
            long version,
            int year,
            int half,
            String dueDate,
            List<String> unitCodes,
            String occurredAt) {}

    public record PeriodReportSubmitted(
            String periodId,
            long version,
            String unitCode,
            String unitName,
            String submittedAt,
            boolean late,
            String occurredAt,
            String actor) {}

    public record ReportOverdue(
            String periodId, long version, String unitCode, String unitName, String dueDate, String occurredAt) {}

    public record TaskAssigned(
            String taskId, long version, String title, String ownerUnitCode, String dueDate, String occurredAt) {}

    public record TaskOverdue(
            String taskId,
            long version,
            String title,
            String ownerUnitCode,
            String dueDate,
            String status,
            String occurredAt) {}

    /** RFC 3339 UTC to the second, as the contracts expect. */
    public static String instant(Instant i) {
        return DateTimeFormatter.ISO_INSTANT.format(i.truncatedTo(ChronoUnit.SECONDS));
    }

    public static OutboxEntry event(EventFactory factory, String type, String key, Object body) {
        return factory.create(TOPIC, type, key, body);
    }
}
