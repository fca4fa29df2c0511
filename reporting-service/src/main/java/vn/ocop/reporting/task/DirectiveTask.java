package vn.ocop.reporting.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A task the directive letter assigns to a unit, due at the end of {@code dueDate} (province time).
 * {@code overdueNotified} makes the task-overdue event a one-off.
 */
public record DirectiveTask(
        String id,
        long version,
        String title,
        String ownerUnitCode,
        LocalDate dueDate,
        TaskState state,
        String note,
        boolean overdueNotified,
        Instant updatedAt,
        String updatedBy) {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    public static DirectiveTask assign(String id, String title, String ownerUnitCode, LocalDate dueDate, Instant now) {
        return new DirectiveTask(id, 1, title, ownerUnitCode, dueDate, TaskState.OPEN, null, false, now, null);
    }

    public boolean isPastDue(Instant now) {
        return !now.isBefore(dueDate.plusDays(1).atStartOfDay(PROVINCE).toInstant());
    }

    /** OPEN, IN_PROGRESS, DONE, or OVERDUE for an unfinished task past its due date. */
    public String displayStatus(Instant now) {
        return state != TaskState.DONE && isPastDue(now) ? "OVERDUE" : state.name();
    }

    public DirectiveTask update(TaskState newState, String newNote, String actor, Instant now) {
        return new DirectiveTask(
                id, version + 1, title, ownerUnitCode, dueDate, newState, newNote, overdueNotified, now, actor);
    }

    public boolean becomesOverdue(Instant now) {
        return state != TaskState.DONE && isPastDue(now) && !overdueNotified;
    }

    public DirectiveTask markOverdueNotified() {
        return new DirectiveTask(
                id, version + 1, title, ownerUnitCode, dueDate, state, note, true, updatedAt, updatedBy);
    }
}
