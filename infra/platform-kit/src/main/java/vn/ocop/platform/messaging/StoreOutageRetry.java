package vn.ocop.platform.messaging;

import com.mongodb.MongoException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Retries an effect while MongoDB is unreachable, blocking the consumer thread, so that Kafka's
 * offset is not committed past a record whose effect was not stored and the record does not go to
 * the dead-letter topic for an outage that is not its fault. The budget stays under the consumer's
 * {@code max.poll.interval.ms}; past it the binder's own retries and DLQ take over.
 */
public class StoreOutageRetry {

    private static final Logger log = LoggerFactory.getLogger(StoreOutageRetry.class);

    private final Duration budget;
    private final Counter retries;

    public StoreOutageRetry(Duration budget, MeterRegistry meters) {
        this.budget = budget;
        this.retries = Counter.builder("ocop.consumer.store.retries")
                .description("effects retried because MongoDB was unreachable")
                .register(meters);
    }

    public void run(Runnable effect) {
        long deadline = System.nanoTime() + budget.toNanos();
        long backoff = 100;
        while (true) {
            try {
                effect.run();
                return;
            } catch (DuplicateKeyException e) {
                throw e;
            } catch (DataAccessResourceFailureException | TransientDataAccessException | MongoException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                retries.increment();
                log.warn("store unavailable while applying an event, retrying in {} ms: {}", backoff, e.toString());
                try {
                    Thread.sleep(backoff); // back-off between attempts against a down store, not a wait for a result
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                backoff = Math.min(backoff * 2, 5_000);
            }
        }
    }
}
