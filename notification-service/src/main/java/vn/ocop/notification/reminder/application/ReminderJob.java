package vn.ocop.notification.reminder.application;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import vn.ocop.platform.outbox.RelayLock;

/**
 * Runs the reminder planner on one instance at a time (a lease in MongoDB). The lock only saves work: even two
 * instances planning at once could not send twice, because each reminder delivery has a unique key.
 */
public class ReminderJob {

    static final String LOCK = "notification-deadline-reminders";
    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderPlanner planner;
    private final RelayLock lock;
    private final ReminderProperties properties;
    private final Clock clock;

    public ReminderJob(ReminderPlanner planner, RelayLock lock, ReminderProperties properties, Clock clock) {
        this.planner = planner;
        this.lock = lock;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${ocop.notification.reminders.interval:PT1M}",
            initialDelayString = "${ocop.notification.reminders.initial-delay:PT10S}")
    public void scheduled() {
        if (properties.enabled()) {
            runOnce();
        }
    }

    /** Returns how many deliveries this run planned; -1 when another instance holds the lock. */
    public int runOnce() {
        if (!lock.tryAcquire(LOCK, properties.lockLease())) {
            return -1;
        }
        try {
            return planner.planDue(clock.instant());
        } catch (RuntimeException e) {
            log.warn("Reminder run failed, the next run tries again: {}", e.toString());
            return 0;
        }
    }
}
