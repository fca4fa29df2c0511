package vn.ocop.notification.reminder.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.ocop.notification.alert.Alert;
import vn.ocop.notification.alert.application.AlertPlanner;
import vn.ocop.notification.reminder.ReminderCalendar;
import vn.ocop.notification.reminder.ReminderMark;
import vn.ocop.notification.reminder.persistence.DeadlineTrackingStore;
import vn.ocop.notification.reminder.persistence.DeadlineTrackingStore.Period;
import vn.ocop.notification.reminder.persistence.DeadlineTrackingStore.Round;
import vn.ocop.notification.subscription.AlertScope;
import vn.ocop.notification.template.TemplateType;
import vn.ocop.notification.unit.UnitDirectory;
import vn.ocop.platform.config.ProvinceTime;

/**
 * Raises the deadline reminders due on a province day: 7, 3 and 1 days before a round's district deadline to the
 * districts that still hold accepted dossiers, and the day after it an overdue alert; the same before a period's due
 * date to the units that have not reported. A reminder's id names its deadline, unit and mark, so planning it again
 * on the next run (or on another instance) adds nothing.
 */
@Service
public class ReminderPlanner {

    public static final String DISTRICT_REMINDER = "vn.ocop.notification.district-deadline-reminder.v1";
    public static final String DISTRICT_OVERDUE = "vn.ocop.notification.district-deadline-overdue.v1";
    public static final String REPORT_REMINDER = "vn.ocop.notification.report-due-reminder.v1";
    public static final String REPORT_OVERDUE = "vn.ocop.reporting.report-overdue.v1";

    private final DeadlineTrackingStore tracking;
    private final AlertPlanner alerts;
    private final UnitDirectory units;

    public ReminderPlanner(DeadlineTrackingStore tracking, AlertPlanner alerts, UnitDirectory units) {
        this.tracking = tracking;
        this.alerts = alerts;
        this.units = units;
    }

    /** The id shared by the scheduler's overdue alert and reporting-service's ReportOverdue, so only one goes out. */
    public static String reportOverdueId(String periodId, String unitCode) {
        return "period:" + periodId + ":unit:" + UnitDirectory.unitCode(unitCode) + ":" + ReminderMark.OVERDUE;
    }

    /** Returns how many deliveries were newly planned. */
    public int planDue(Instant now) {
        LocalDate today = now.atZone(ProvinceTime.ZONE).toLocalDate();
        int planned = 0;
        for (Round round : tracking.rounds()) {
            Optional<ReminderMark> mark = ReminderCalendar.markFor(round.districtDeadline(), today);
            if (mark.isPresent()) {
                planned += remindDistricts(round, mark.get(), today);
            }
        }
        for (Period period : tracking.periods()) {
            Optional<ReminderMark> mark = ReminderCalendar.markFor(period.dueDate(), today);
            if (mark.isPresent()) {
                planned += remindUnits(period, mark.get(), today);
            }
        }
        return planned;
    }

    private int remindDistricts(Round round, ReminderMark mark, LocalDate today) {
        int planned = 0;
        long daysLeft = ReminderCalendar.daysLeft(round.districtDeadline(), today);
        for (var pending : tracking.pendingByDistrict(round.roundId()).entrySet()) {
            String district = pending.getKey();
            Map<String, Object> values = new HashMap<>();
            values.put("districtName", units.districtName(district));
            values.put("roundYear", round.year());
            values.put("roundNumber", round.number());
            values.put("districtDeadline", round.districtDeadline());
            values.put("pendingDossiers", pending.getValue());
            boolean overdue = mark == ReminderMark.OVERDUE;
            values.put(overdue ? "daysOverdue" : "daysLeft", Math.abs(daysLeft));
            String id = "round:" + round.roundId() + ":district:" + district + ":" + mark;
            planned += alerts.plan(Alert.fromReminder(
                    id,
                    overdue ? DISTRICT_OVERDUE : DISTRICT_REMINDER,
                    overdue ? TemplateType.DISTRICT_DEADLINE_OVERDUE : TemplateType.DISTRICT_DEADLINE_REMINDER,
                    AlertScope.ofDistrict(district),
                    values));
        }
        return planned;
    }

    private int remindUnits(Period period, ReminderMark mark, LocalDate today) {
        int planned = 0;
        long daysLeft = ReminderCalendar.daysLeft(period.dueDate(), today);
        for (String code : period.unitCodes()) {
            String unit = UnitDirectory.unitCode(code);
            if (period.submitted().stream().map(UnitDirectory::unitCode).anyMatch(unit::equals)) {
                continue;
            }
            Map<String, Object> values = new HashMap<>();
            values.put("unitName", units.unitName(unit));
            values.put("year", period.year());
            values.put("firstHalf", period.half() == 1);
            values.put("dueDate", period.dueDate());
            AlertScope scope = AlertScope.ofUnit(unit);
            if (mark == ReminderMark.OVERDUE) {
                values.put("daysOverdue", Math.abs(daysLeft));
                String id = reportOverdueId(period.periodId(), unit);
                planned +=
                        alerts.plan(Alert.fromReminder(id, REPORT_OVERDUE, TemplateType.REPORT_OVERDUE, scope, values));
            } else {
                values.put("daysLeft", daysLeft);
                String id = "period:" + period.periodId() + ":unit:" + unit + ":" + mark;
                planned += alerts.plan(
                        Alert.fromReminder(id, REPORT_REMINDER, TemplateType.REPORT_DUE_REMINDER, scope, values));
            }
        }
        return planned;
    }
}
