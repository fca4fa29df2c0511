package vn.ocop.reporting.dashboard.application;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.platform.config.ProvinceTime;

/**
 * What a remembered dashboard is compared with: it is stale when this number moved since it was computed.
 * <p>
 * It moves when (1) this instance changed what dashboards show (at once: a reader who caused a change sees it);
 * (2) another instance did: each instance moves the shared {@link DashboardVersions} counter after its own changes
 * (at most once per {@code interval}, however many changes it applied meanwhile) and reads it every
 * {@code interval}, so a change applied elsewhere shows within about two intervals; (3) the province's date
 * changed (deadlines end with the day in Asia/Ho_Chi_Minh, and their status with it). The instance's own moves of
 * the shared counter are not counted twice: a single local change makes one recomputation, not two. When a sync
 * finds that another instance changed something, {@code othersChanged} runs (the dashboard stream pushes to its
 * subscribers, as it does after a local change).
 * <p>
 * Without it, the only way to see other instances' changes was to recompute every dashboard every 2 s, changed or
 * not: at national size five aggregations over 200,000 view documents, on the readers' CPU (docs/benchmarks.md).
 */
final class DashboardGeneration implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DashboardGeneration.class);

    /** The shared counter as last read, and how many of its moves were this instance's at that read. */
    private record Shared(long value, long own) {}

    private final DashboardVersions versions;
    private final Clock clock;
    private final AtomicLong local = new AtomicLong();
    private final AtomicBoolean unpublished = new AtomicBoolean();
    /** Moves of the shared counter made by this instance (only the sync thread writes it). */
    private long bumped;

    private volatile Shared shared = new Shared(0, 0);
    private final ScheduledExecutorService timer;
    private final Runnable othersChanged;

    DashboardGeneration(DashboardVersions versions, Clock clock, Duration interval, Runnable othersChanged) {
        if (interval.isNegative() || interval.toMillis() == 0) {
            throw new IllegalArgumentException(
                    "ocop.reporting.dashboard-sync-interval must be at least 1 ms, was " + interval);
        }
        this.versions = versions;
        this.clock = clock;
        this.othersChanged = othersChanged;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dashboard-generation");
            t.setDaemon(true);
            return t;
        });
        try {
            // where the counter stands: what others changed before this instance started is no news to announce
            shared = new Shared(versions.read(), 0);
        } catch (RuntimeException e) {
            log.warn("dashboard generation not read at start, retried: {}", e.toString());
        }
        timer.scheduleWithFixedDelay(this::sync, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** This instance changed a view, a period or a task. */
    void changedHere() {
        local.incrementAndGet();
        unpublished.set(true);
    }

    /** The current generation: equal to an earlier one only if nothing dashboards show changed meanwhile. */
    long current() {
        Shared s = shared;
        // each part only grows (the clock aside), so their sum moves whenever one does
        return local.get() + (s.value() - s.own()) + (ProvinceTime.today(clock).toEpochDay() << 40);
    }

    /** Publishes this instance's changes, then reads everyone's; a failure is retried at the next interval. */
    synchronized void sync() {
        try {
            if (unpublished.getAndSet(false)) {
                try {
                    versions.bump();
                    bumped++;
                } catch (RuntimeException e) {
                    unpublished.set(true);
                    throw e;
                }
            }
            Shared before = shared;
            Shared now = new Shared(versions.read(), bumped);
            shared = now;
            if (now.value() - now.own() != before.value() - before.own()) {
                othersChanged.run();
            }
        } catch (RuntimeException e) {
            log.warn("dashboard generation not synchronised with the other instances, retried: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
