package vn.ocop.notification.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Which reminder a deadline calls for on a given province day. Each mark owns a window of days rather than a single
 * day, so that a service that was down on the seventh day still sends the 7-day reminder on the sixth; because the
 * windows do not overlap, and deliveries are keyed by mark, each mark is sent once.
 *
 * <pre>
 * days left   7 6 5 4 | 3 2 | 1 0 | -1 … -7
 * mark        D7      | D3  | D1  | OVERDUE
 * </pre>
 */
public final class ReminderCalendar {

    static final int OVERDUE_WINDOW_DAYS = 7;

    private ReminderCalendar() {}

    public static Optional<ReminderMark> markFor(LocalDate deadline, LocalDate today) {
        long left = daysLeft(deadline, today);
        if (left > 7) {
            return Optional.empty();
        }
        if (left >= 4) {
            return Optional.of(ReminderMark.D7);
        }
        if (left >= 2) {
            return Optional.of(ReminderMark.D3);
        }
        if (left >= 0) {
            return Optional.of(ReminderMark.D1);
        }
        return left >= -OVERDUE_WINDOW_DAYS ? Optional.of(ReminderMark.OVERDUE) : Optional.empty();
    }

    public static long daysLeft(LocalDate deadline, LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline);
    }
}
