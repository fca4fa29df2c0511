package vn.ocop.notification.reminder.application;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ocop.notification.reminders.*}.
 *
 * @param enabled   whether this instance runs the reminder job at all
 * @param interval  how often the job looks at the calendar (reminders are per day, so a minute is plenty)
 * @param lockLease how long one instance holds the job's MongoDB lock after a run
 */
@ConfigurationProperties("ocop.notification.reminders")
public record ReminderProperties(Boolean enabled, Duration interval, Duration lockLease) {

    public ReminderProperties {
        enabled = enabled == null || enabled;
        interval = Objects.requireNonNullElse(interval, Duration.ofMinutes(1));
        lockLease = Objects.requireNonNullElse(lockLease, Duration.ofMinutes(5));
    }
}
