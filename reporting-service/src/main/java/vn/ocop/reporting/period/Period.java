package vn.ocop.reporting.period;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ocop.reporting.common.ReportingRefusal;

/**
 * A semi-annual reporting period of letter 878: every listed unit reports to DARD by 20 June (H1) or 20 December
 * (H2); a deadline is the end of that day in Asia/Ho_Chi_Minh. {@code overdueNotified} remembers the units whose
 * report-overdue event was already emitted, so that it is emitted once.
 */
public record Period(
        String id,
        long version,
        int year,
        int half,
        LocalDate dueDate,
        List<String> unitCodes,
        Map<String, UnitReport> reports,
        Set<String> overdueNotified) {

    public Period {
        unitCodes = List.copyOf(unitCodes);
        reports = new LinkedHashMap<>(reports);
        overdueNotified = new LinkedHashSet<>(overdueNotified);
    }

    public static String idOf(int year, int half) {
        return year + "-H" + half;
    }

    public static LocalDate dueDateOf(int year, int half) {
        return half == 1 ? LocalDate.of(year, 6, 20) : LocalDate.of(year, 12, 20);
    }

    public static Period schedule(int year, int half, List<String> unitCodes) {
        if (half != 1 && half != 2) {
            throw new ReportingRefusal.Conflict("invalid-half", "half must be 1 or 2", "kỳ báo cáo phải là 1 hoặc 2");
        }
        return new Period(idOf(year, half), 1, year, half, dueDateOf(year, half), unitCodes, Map.of(), Set.of());
    }

    /** True once the due date is over in the province. */
    public boolean isOverdue(Instant now) {
        return !now.isBefore(endOfDueDate());
    }

    public Instant endOfDueDate() {
        return dueDate.plusDays(1)
                .atStartOfDay(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant();
    }

    public Period submit(
            String unitCode,
            ReportFigures figures,
            String narrative,
            String attachmentId,
            String attachmentName,
            String actor,
            Instant now) {
        if (!unitCodes.contains(unitCode)) {
            throw new ReportingRefusal.Conflict(
                    "unit-not-in-period",
                    "unit " + unitCode + " does not report in " + id,
                    "đơn vị " + unitCode + " không thuộc kỳ báo cáo " + id);
        }
        if (reports.containsKey(unitCode)) {
            throw new ReportingRefusal.Conflict(
                    "already-submitted",
                    "unit " + unitCode + " already reported for " + id,
                    "đơn vị " + unitCode + " đã nộp báo cáo kỳ " + id);
        }
        Map<String, UnitReport> next = new LinkedHashMap<>(reports);
        next.put(
                unitCode,
                new UnitReport(unitCode, now, isOverdue(now), figures, narrative, attachmentId, attachmentName, actor));
        return new Period(id, version + 1, year, half, dueDate, unitCodes, next, overdueNotified);
    }

    public ReportStatus status(String unitCode, Instant now) {
        UnitReport report = reports.get(unitCode);
        if (report != null) {
            return report.late() ? ReportStatus.LATE : ReportStatus.SUBMITTED;
        }
        return isOverdue(now) ? ReportStatus.MISSING : ReportStatus.PENDING;
    }

    /** Units whose report is missing after the due date and not yet announced as overdue. */
    public List<String> newlyOverdue(Instant now) {
        List<String> units = new ArrayList<>();
        for (String unit : unitCodes) {
            if (status(unit, now) == ReportStatus.MISSING && !overdueNotified.contains(unit)) {
                units.add(unit);
            }
        }
        return units;
    }

    /** One version per overdue event, so that every event carries its own increasing version. */
    public Period markOverdue(List<String> units) {
        Set<String> notified = new LinkedHashSet<>(overdueNotified);
        notified.addAll(units);
        return new Period(id, version + units.size(), year, half, dueDate, unitCodes, reports, notified);
    }
}
