package vn.ocop.reporting.period.application;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.ocop.platform.outbox.RelayLock;
import vn.ocop.reporting.task.application.TaskService;

/**
 * Announces missing reports (the day after the due date) and late tasks. Runs on one instance at a time (a lease
 * in MongoDB); even if two ran, the version guard on each write lets only one emit.
 */
@Component
@ConditionalOnProperty(name = "ocop.rebuild", havingValue = "false", matchIfMissing = true)
public class OverdueJob {

    private final PeriodService periods;
    private final TaskService tasks;
    private final RelayLock lock;
    private final Duration interval;

    public OverdueJob(
            PeriodService periods,
            TaskService tasks,
            RelayLock lock,
            @Value("${ocop.reporting.overdue-check-interval:PT5M}") Duration interval) {
        this.periods = periods;
        this.tasks = tasks;
        this.lock = lock;
        this.interval = interval;
    }

    @Scheduled(
            fixedDelayString = "${ocop.reporting.overdue-check-interval:PT5M}",
            initialDelayString = "${ocop.reporting.overdue-check-interval:PT5M}")
    public void scheduled() {
        checkNow();
    }

    /** @return the number of events emitted, or -1 when another instance holds the lease */
    public synchronized int checkNow() {
        if (!lock.tryAcquire("reporting-overdue", interval.multipliedBy(2))) {
            return -1;
        }
        return periods.emitOverdue() + tasks.emitOverdue();
    }
}
