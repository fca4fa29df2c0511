package vn.ocop.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * HTTP load with java.net.http's async client. Closed loop (N clients, each sends its next request when the
 * previous answered) finds the saturation rate; open loop (fixed arrival schedule) measures latency at a chosen
 * rate, timed from the scheduled send so that a slow server cannot hide its queue (no coordinated omission).
 */
final class Load {

    /**
     * What a run achieved; {@code statuses} counts answers by HTTP status (0 = no answer); {@code latencyNanos} has
     * one entry per request, 0 for one not answered with 2xx.
     */
    record Result(
            int requests,
            int ok,
            double seconds,
            Latencies latencies,
            Map<Integer, Integer> statuses,
            long[] latencyNanos) {

        double okPerSecond() {
            return ok / seconds;
        }

        String describe() {
            return String.format(
                    "%d ok of %d in %.2f s = %.0f/s; %s; statuses %s",
                    ok, requests, seconds, okPerSecond(), latencies, statuses);
        }
    }

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private Load() {}

    /** Sends {@code count} requests with {@code clients} in flight at most; a request's index picks its content. */
    static Result closedLoop(int clients, int count, IntFunction<HttpRequest> request, Duration bound) {
        AtomicInteger next = new AtomicInteger();
        AtomicLongArray latency = new AtomicLongArray(count);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicInteger ok = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(Math.min(clients, count));
        long start = System.nanoTime();
        for (int c = 0; c < Math.min(clients, count); c++) {
            sendNext(next, count, request, latency, statuses, ok, done);
        }
        await(done, bound);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(
                Math.min(next.get(), count),
                ok.get(),
                seconds,
                Latencies.of(samples(latency, count)),
                Map.copyOf(statuses),
                raw(latency, count));
    }

    private static void sendNext(
            AtomicInteger next,
            int count,
            IntFunction<HttpRequest> request,
            AtomicLongArray latency,
            Map<Integer, Integer> statuses,
            AtomicInteger ok,
            CountDownLatch done) {
        int i = next.getAndIncrement();
        if (i >= count) {
            done.countDown();
            return;
        }
        long sent = System.nanoTime();
        CLIENT.sendAsync(request.apply(i), HttpResponse.BodyHandlers.discarding())
                .whenComplete((response, error) -> {
                    int status = error != null ? 0 : response.statusCode();
                    statuses.merge(status, 1, Integer::sum);
                    if (status >= 200 && status < 300) {
                        ok.incrementAndGet();
                        latency.set(i, System.nanoTime() - sent);
                    }
                    sendNext(next, count, request, latency, statuses, ok, done);
                });
    }

    /** Sends {@code count} requests at {@code perSecond}; {@code onAnswer} sees each successful index and answer time. */
    static Result openLoop(
            double perSecond, int count, IntFunction<HttpRequest> request, Duration bound, AnswerListener onAnswer) {
        AtomicLongArray latency = new AtomicLongArray(count);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicInteger ok = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(count);
        long interval = (long) (1e9 / perSecond);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long intended = start + i * interval;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            CLIENT.sendAsync(request.apply(i), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        long answered = System.nanoTime();
                        int status = error != null ? 0 : response.statusCode();
                        statuses.merge(status, 1, Integer::sum);
                        if (status >= 200 && status < 300) {
                            ok.incrementAndGet();
                            latency.set(index, answered - intended);
                            onAnswer.answered(index, System.currentTimeMillis(), response.body());
                        }
                        done.countDown();
                    });
        }
        await(done, bound);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(
                count,
                ok.get(),
                seconds,
                Latencies.of(samples(latency, count)),
                Map.copyOf(statuses),
                raw(latency, count));
    }

    static Result openLoop(double perSecond, int count, IntFunction<HttpRequest> request, Duration bound) {
        return openLoop(perSecond, count, request, bound, (i, at, body) -> {});
    }

    @FunctionalInterface
    interface AnswerListener {
        void answered(int index, long epochMillis, String body);
    }

    private static long[] raw(AtomicLongArray latency, int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToLong(latency::get)
                .toArray();
    }

    private static long[] samples(AtomicLongArray latency, int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToLong(latency::get)
                .filter(v -> v > 0)
                .toArray();
    }

    private static void await(CountDownLatch done, Duration bound) {
        try {
            if (!done.await(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                Progress.say("  (time bound of %d s reached; counting what answered)", bound.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static List<Integer> okStatuses() {
        return List.of(200, 201);
    }
}
