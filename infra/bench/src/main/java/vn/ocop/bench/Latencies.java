package vn.ocop.bench;

import java.util.Arrays;

/** Latency figures of one measured run, from the raw samples (counts here are small enough to sort). */
record Latencies(int count, double p50Ms, double p99Ms, double maxMs, double meanMs) {

    static Latencies of(long[] nanos) {
        if (nanos.length == 0) {
            return new Latencies(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0);
        return new Latencies(
                sorted.length,
                ms(percentile(sorted, 50)),
                ms(percentile(sorted, 99)),
                ms(sorted[sorted.length - 1]),
                mean / 1e6);
    }

    /** Nearest-rank percentile: the smallest sample with at least p % of the samples at or below it. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    @Override
    public String toString() {
        return String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)", p50Ms, p99Ms, maxMs, count);
    }
}
