package vn.ocop.local;

import de.bwaldvogel.mongo.bson.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * Diagnostics of the embedded store: the queries it answers by scanning a whole collection (no index applies), by
 * collection and query shape (field names, values left out), with how many documents they examined. Off unless
 * {@code -Docop.local.scan-report=<file>} is set; the file is rewritten every ten seconds with the costliest shapes.
 */
final class ScanReport {

    private static final Path FILE = System.getProperty("ocop.local.scan-report") == null
            ? null
            : Path.of(System.getProperty("ocop.local.scan-report"));
    private static final Map<String, LongAdder[]> SHAPES = new ConcurrentHashMap<>();

    static {
        if (FILE != null) {
            Executors.newSingleThreadScheduledExecutor(r -> {
                        Thread t = new Thread(r, "store-scan-report");
                        t.setDaemon(true);
                        return t;
                    })
                    .scheduleWithFixedDelay(ScanReport::write, 10, 10, TimeUnit.SECONDS);
        }
    }

    private ScanReport() {}

    static void record(String collection, Document query, Document orderBy, int documents) {
        if (FILE == null) {
            return;
        }
        String key = collection + " " + shape(query)
                + (orderBy == null || orderBy.isEmpty() ? "" : " sort " + orderBy.keySet());
        LongAdder[] counters = SHAPES.computeIfAbsent(key, k -> new LongAdder[] {new LongAdder(), new LongAdder()});
        counters[0].increment();
        counters[1].add(documents);
    }

    static String shape(Object value) {
        if (value instanceof Document d) {
            return d.entrySet().stream()
                    .map(e -> e.getKey() + ":" + shape(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ScanReport::shape).collect(Collectors.joining(", ", "[", "]"));
        }
        return "?";
    }

    private static void write() {
        String text = SHAPES.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[1].sum(), a.getValue()[1].sum()))
                .limit(40)
                .map(e -> String.format(
                        "%,14d docs %,9d scans  %s", e.getValue()[1].sum(), e.getValue()[0].sum(), e.getKey()))
                .collect(Collectors.joining("\n", "", "\n"));
        try {
            Files.writeString(FILE, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // diagnostics only
        }
    }
}
