package vn.ocop.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Open-loop GET runs from a JVM of their own. The runner hosts the embedded store, whose live set at national size
 * (≈ 1 GiB) gives the runner's own young collections 30–160 ms: a latency timed in the runner includes every such
 * pause of the measuring client, whatever the service did. This client has a few MiB of live data, so what it
 * times is the service (and the machine's two cores, which it shares with everything else).
 *
 * <p>The parent writes one request per line ({@code GET}, the URI, then {@code name: value} headers, tab-separated)
 * and reads back the run's seconds, the statuses and one latency per answered request.
 */
final class LoadClient {

    private static final List<String> JVM_FLAGS =
            List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k");

    private LoadClient() {}

    /**
     * As {@link Load#openLoop(double, int, IntFunction, Duration)}, sent from a separate JVM after {@code warmUp}
     * closed-loop requests (the first ones of the list, again) that warm its HTTP client and JIT.
     */
    static Load.Result openLoop(
            double perSecond, int count, int warmUp, IntFunction<HttpRequest> request, Duration bound) {
        try {
            Path dir = Files.createTempDirectory("bench-load");
            Path requests = dir.resolve("requests.tsv");
            Path results = dir.resolve("results.tsv");
            List<String> lines = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                lines.add(encode(request.apply(i)));
            }
            Files.write(requests, lines, StandardCharsets.UTF_8);
            ChildJvm.run(
                    ChildJvm.javaExecutable(),
                    JVM_FLAGS,
                    LoadClient.class.getName(),
                    List.of(
                            requests.toString(),
                            results.toString(),
                            String.valueOf(perSecond),
                            String.valueOf(warmUp),
                            String.valueOf(bound.toSeconds())),
                    bound.toMinutes() + 2);
            return decode(count, Files.readAllLines(results, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        List<HttpRequest> requests = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).stream()
                .map(LoadClient::parse)
                .toList();
        double perSecond = Double.parseDouble(args[2]);
        int warmUp = Math.min(Integer.parseInt(args[3]), requests.size());
        Duration bound = Duration.ofSeconds(Long.parseLong(args[4]));
        if (warmUp > 0) {
            Load.closedLoop(4, warmUp, requests::get, bound);
        }
        Load.Result result = Load.openLoop(perSecond, requests.size(), requests::get, bound);
        List<String> out = new ArrayList<>();
        out.add("seconds\t" + result.seconds());
        result.statuses().forEach((status, n) -> out.add("status\t" + status + "\t" + n));
        long[] nanos = result.latencyNanos();
        for (int i = 0; i < nanos.length; i++) {
            if (nanos[i] > 0) {
                out.add("latency\t" + i + "\t" + nanos[i]);
            }
        }
        Files.write(Path.of(args[1]), out, StandardCharsets.UTF_8);
    }

    static String encode(HttpRequest request) {
        if (!"GET".equals(request.method())) {
            throw new IllegalArgumentException(
                    "only GET requests are sent from the separate client: " + request.method() + " " + request.uri());
        }
        StringBuilder line = new StringBuilder("GET\t").append(request.uri());
        request.headers()
                .map()
                .forEach((name, values) -> values.forEach(value -> {
                    if (name.indexOf('\t') >= 0 || value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0) {
                        throw new IllegalArgumentException("header with a tab or line break: " + name);
                    }
                    line.append('\t').append(name).append(": ").append(value);
                }));
        return line.toString();
    }

    static HttpRequest parse(String line) {
        String[] fields = line.split("\t");
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(fields[1]))
                .timeout(Duration.ofSeconds(30))
                .GET();
        for (int i = 2; i < fields.length; i++) {
            int colon = fields[i].indexOf(": ");
            builder.header(fields[i].substring(0, colon), fields[i].substring(colon + 2));
        }
        return builder.build();
    }

    static Load.Result decode(int count, List<String> lines) {
        double seconds = Double.NaN;
        Map<Integer, Integer> statuses = new HashMap<>();
        Map<Integer, Long> latencies = new HashMap<>();
        int ok = 0;
        for (String line : lines) {
            String[] f = line.split("\t");
            switch (f[0]) {
                case "seconds" -> seconds = Double.parseDouble(f[1]);
                case "status" -> {
                    int status = Integer.parseInt(f[1]);
                    int n = Integer.parseInt(f[2]);
                    statuses.put(status, n);
                    if (status >= 200 && status < 300) {
                        ok += n;
                    }
                }
                case "latency" -> latencies.put(Integer.parseInt(f[1]), Long.parseLong(f[2]));
                default -> throw new BenchFailure("unexpected line from the load client: " + line);
            }
        }
        if (Double.isNaN(seconds)) {
            throw new BenchFailure("the load client wrote no result");
        }
        long[] nanos = new long[count];
        latencies.forEach((index, value) -> nanos[index] = value);
        return new Load.Result(
                count,
                ok,
                seconds,
                Latencies.of(
                        latencies.values().stream().mapToLong(Long::longValue).toArray()),
                Map.copyOf(statuses),
                nanos);
    }
}
