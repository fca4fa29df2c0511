package vn.ocop.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReminderCalendarTest {

    private static final LocalDate DEADLINE = LocalDate.of(2020, 4, 10);

    @Test
    void eachMarkOwnsItsWindowSoThatAMissedDayIsCaughtUpButNeverRepeated() {
        List<String> byDay = new ArrayList<>();
        for (LocalDate day = DEADLINE.minusDays(9); !day.isAfter(DEADLINE.plusDays(9)); day = day.plusDays(1)) {
            byDay.add(ReminderCalendar.markFor(DEADLINE, day).map(Enum::name).orElse("-"));
        }
        assertThat(byDay)
                .containsExactly(
                        "-", "-", "D7", "D7", "D7", "D7", "D3", "D3", "D1", "D1", "OVERDUE", "OVERDUE", "OVERDUE",
                        "OVERDUE", "OVERDUE", "OVERDUE", "OVERDUE", "-", "-");
    }

    @Test
    void sevenDaysBeforeTheDeadlineIsTheSevenDayReminder() {
        assertThat(ReminderCalendar.markFor(DEADLINE, LocalDate.of(2020, 4, 3))).contains(ReminderMark.D7);
        assertThat(ReminderCalendar.markFor(DEADLINE, LocalDate.of(2020, 4, 11)))
                .contains(ReminderMark.OVERDUE);
        assertThat(ReminderCalendar.markFor(DEADLINE, LocalDate.of(2020, 4, 2))).isEqualTo(Optional.empty());
    }
}
