package vn.ocop.notification.alert.messaging;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ocop.notification.alert.Alert;
import vn.ocop.notification.alert.application.AlertPlanner;
import vn.ocop.notification.alert.messaging.IncomingEvents.PeriodReportSubmitted;
import vn.ocop.notification.alert.messaging.IncomingEvents.PeriodScheduled;
import vn.ocop.notification.alert.messaging.IncomingEvents.ReportOverdue;
import vn.ocop.notification.alert.messaging.IncomingEvents.TaskOverdue;
import vn.ocop.notification.reminder.application.DeadlineTracker;
import vn.ocop.notification.reminder.application.ReminderPlanner;
import vn.ocop.notification.subscription.AlertScope;
import vn.ocop.notification.template.TemplateType;
import vn.ocop.notification.unit.UnitDirectory;
import vn.ocop.platform.messaging.EventRouter;
import vn.ocop.platform.messaging.EventRouters;
import vn.ocop.platform.messaging.IncomingEvent;

/** {@code ocop.reporting.events}: report periods and submissions (for reminders), overdue reports and tasks. */
@Component
class ReportingEventHandler {

    private final AlertPlanner alerts;
    private final UnitDirectory units;
    final EventRouter router;

    ReportingEventHandler(EventRouters routers, AlertPlanner alerts, DeadlineTracker tracking, UnitDirectory units) {
        this.alerts = alerts;
        this.units = units;
        this.router = routers.forBinding("reportingEvents-in-0")
                .on(
                        "vn.ocop.reporting.period-scheduled.v1",
                        PeriodScheduled.class,
                        (e, b) -> tracking.periodScheduled(
                                b.periodId(), b.version(), b.year(), b.half(), b.dueDate(), b.unitCodes()))
                .on(
                        "vn.ocop.reporting.period-report-submitted.v1",
                        PeriodReportSubmitted.class,
                        (e, b) -> tracking.reportSubmitted(b.periodId(), b.unitCode()))
                .on("vn.ocop.reporting.report-overdue.v1", ReportOverdue.class, this::reportOverdue)
                .on("vn.ocop.reporting.task-overdue.v1", TaskOverdue.class, this::taskOverdue)
                .ignore("vn.ocop.reporting.task-assigned.v1");
    }

    /** Shares its key with the scheduler's own overdue alert for the period, so the unit hears it once. */
    private void reportOverdue(IncomingEvent event, ReportOverdue b) {
        Map<String, Object> v = new HashMap<>();
        v.put("unitName", b.unitName());
        v.put("year", b.dueDate().getYear());
        v.put("firstHalf", b.dueDate().getMonthValue() <= 6);
        v.put("dueDate", b.dueDate());
        v.put("daysOverdue", Math.max(1, EventDates.daysBetween(b.dueDate(), EventDates.provinceDay(b.occurredAt()))));
        String unit = UnitDirectory.unitCode(b.unitCode());
        alerts.plan(new Alert(
                ReminderPlanner.reportOverdueId(b.periodId(), unit),
                event.id(),
                event.type(),
                TemplateType.REPORT_OVERDUE,
                AlertScope.ofUnit(unit),
                v));
    }

    private void taskOverdue(IncomingEvent event, TaskOverdue b) {
        Map<String, Object> v = new HashMap<>();
        v.put("taskTitle", b.title());
        v.put("ownerUnitName", units.unitName(b.ownerUnitCode()));
        v.put("dueDate", b.dueDate());
        v.put("daysOverdue", Math.max(1, EventDates.daysBetween(b.dueDate(), EventDates.provinceDay(b.occurredAt()))));
        alerts.plan(Alert.fromEvent(
                event.id(),
                event.type(),
                TemplateType.TASK_OVERDUE,
                AlertScope.ofUnit(UnitDirectory.unitCode(b.ownerUnitCode())),
                v));
    }
}
