package vn.ocop.reliability;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A bounded burst of client work on a few threads: which ids were acknowledged (2xx), how many calls failed and
 * with which status (0 = no connection), so that a scenario can compare acknowledgements with what it finds.
 */
public final class Load implements AutoCloseable {

    private final ExecutorService pool;
    private final List<String> acknowledged = new CopyOnWriteArrayList<>();
    private final Map<Integer, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final AtomicInteger started = new AtomicInteger();
    private Future<?> whole;

    public Load(int threads) {
        this.pool = Executors.newFixedThreadPool(threads);
    }

    /**
     * Runs {@code item} for 0..count-1; the function returns the acknowledged id, or throws
     * {@link Refused} with the HTTP status the client got.
     */
    public Load run(int count, Function<Integer, String> item) {
        List<java.util.concurrent.Callable<Void>> tasks = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            tasks.add(() -> {
                started.incrementAndGet();
                try {
                    acknowledged.add(item.apply(index));
                } catch (Refused e) {
                    failures.computeIfAbsent(e.status, s -> new AtomicInteger()).incrementAndGet();
                } catch (RuntimeException e) {
                    failures.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            });
        }
        whole = Executors.newSingleThreadExecutor().submit(() -> {
            try {
                pool.invokeAll(tasks);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return this;
    }

    public int acknowledgedCount() {
        return acknowledged.size();
    }

    public List<String> acknowledged() {
        return List.copyOf(acknowledged);
    }

    public Map<Integer, Integer> failures() {
        Map<Integer, Integer> copy = new java.util.TreeMap<>();
        failures.forEach((status, n) -> copy.put(status, n.get()));
        return copy;
    }

    public int serverErrors() {
        return failures().entrySet().stream()
                .filter(e -> e.getKey() >= 500 || e.getKey() == 0)
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    public boolean done() {
        return whole != null && whole.isDone();
    }

    /** The HTTP status a client got instead of an acknowledgement. */
    public static final class Refused extends RuntimeException {
        final int status;

        public Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
