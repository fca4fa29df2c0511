package vn.ocop.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** Counts and switches, from -Dbench.* system properties (run-benchmarks.sh passes them through). */
record BenchSettings(
        Path repoDir,
        Path dataDir,
        Path document,
        Set<String> scenarios,
        long commandStartMillis,
        int clients,
        int kafkaRecords,
        int bulkRecords,
        int crudRequests,
        int intakeCount,
        int latencyCount,
        double propagationRate,
        int propagationSeconds,
        int cycleCount,
        int rebuildEvents,
        int readsDossiers,
        int readsRecognised,
        int readsRequests,
        boolean jfr,
        int prepareThreads) {

    static final Set<String> ALL =
            new LinkedHashSet<>(Arrays.asList("baselines", "intake", "propagation", "cycle", "rebuild", "reads"));

    static BenchSettings fromSystemProperties() {
        Path repo = Path.of(System.getProperty("ocop.local.repo-dir", "."))
                .toAbsolutePath()
                .normalize();
        String only = System.getProperty("bench.scenarios", String.join(",", ALL));
        Set<String> chosen = new LinkedHashSet<>();
        for (String s : only.split(",")) {
            String name = s.trim();
            if (!name.isEmpty()) {
                if (!ALL.contains(name)) {
                    throw new BenchFailure("Unknown scenario '" + name + "'; known: " + ALL);
                }
                chosen.add(name);
            }
        }
        return new BenchSettings(
                repo,
                Path.of(System.getProperty(
                        "bench.data-dir",
                        repo.resolve("infra/bench/target/bench-data").toString())),
                Path.of(System.getProperty(
                        "bench.document", repo.resolve("docs/benchmarks.md").toString())),
                chosen,
                Long.getLong("bench.command-start-millis", 0L),
                Integer.getInteger("bench.clients", 32),
                Integer.getInteger("bench.kafka.records", 500_000),
                Integer.getInteger("bench.bulk.records", 100_000),
                Integer.getInteger("bench.crud.requests", 5_000),
                Integer.getInteger("bench.intake.count", 1_500),
                Integer.getInteger("bench.intake.latency-count", 1_500),
                Double.parseDouble(System.getProperty("bench.propagation.rate", "500")),
                Integer.getInteger("bench.propagation.seconds", 6),
                Integer.getInteger("bench.cycle.count", 16_000),
                Integer.getInteger("bench.rebuild.events", 1_000_000),
                Integer.getInteger("bench.reads.dossiers", 200_000),
                Integer.getInteger("bench.reads.recognised", 16_000),
                Integer.getInteger("bench.reads.requests", 3_000),
                Boolean.getBoolean("bench.jfr"),
                Integer.getInteger("bench.prepare-threads", 12));
    }

    boolean runs(String scenario) {
        return scenarios.contains(scenario);
    }

    String describe() {
        return String.format(
                "scenarios %s; clients %d; kafka %,d records; bulk %,d; crud %,d; intake %,d + %,d; "
                        + "propagation %.0f/s × %d s; cycle %,d; rebuild %,d events; reads %,d dossiers / %,d "
                        + "recognised, %,d requests; JFR %s",
                scenarios,
                clients,
                kafkaRecords,
                bulkRecords,
                crudRequests,
                intakeCount,
                latencyCount,
                propagationRate,
                propagationSeconds,
                cycleCount,
                rebuildEvents,
                readsDossiers,
                readsRecognised,
                readsRequests,
                jfr ? "on" : "off");
    }
}
