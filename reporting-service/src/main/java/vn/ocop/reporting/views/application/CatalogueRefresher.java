package vn.ocop.reporting.views.application;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link CatalogueIndex} fresh: loads it at start-up, then checks its version every {@code interval} on a
 * thread of its own and reloads when it moved (or the snapshot reached its max age).
 * <p>
 * A scheduled check rather than one made by requests: requests then never touch the store, and a change shows within
 * about one interval plus one load whatever the traffic (a check made by requests would leave the first request after
 * a quiet spell with an arbitrarily old snapshot, or make it wait for the reload). The price is one read of one
 * document by {@code _id} per interval per instance. The interval also bounds how often a busy stream of
 * recognitions makes an instance reload, so that reloads never take more than their share of the machine. A failed
 * check or load is logged and retried at the next one; readers keep the last snapshot meanwhile.
 */
public final class CatalogueRefresher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CatalogueRefresher.class);

    private final CatalogueIndex index;
    private final Duration interval;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "catalogue-refresh");
        t.setDaemon(true);
        return t;
    });

    public CatalogueRefresher(CatalogueIndex index, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        this.index = index;
        this.interval = interval;
    }

    /** The first load now, then a check every interval (counted from the end of the previous one). */
    public void start() {
        executor.scheduleWithFixedDelay(this::refresh, 0, interval.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void refresh() {
        try {
            index.refresh();
        } catch (RuntimeException e) {
            // the schedule must survive a store outage: the next check retries
            log.warn(
                    "catalogue refresh failed, serving the last snapshot (version {}): {}",
                    index.version(),
                    e.toString());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
