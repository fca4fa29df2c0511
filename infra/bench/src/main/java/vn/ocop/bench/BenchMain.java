package vn.ocop.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark run: starts the embedded platform, measures the baselines and the scenarios, prints the table
 * and writes it into docs/benchmarks.md. Exit status 0 = every chosen scenario ran or was skipped for a stated
 * reason, 1 = a scenario failed, 2 = the platform could not start.
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        BenchSettings s = BenchSettings.fromSystemProperties();
        Report report = new Report();
        String java = ProcessHandle.current().info().command().orElse("java");
        Machine machine = Machine.describe(s.repoDir(), java);
        Progress.say(
                "machine: %d CPUs, %s, %s; load %s; commit %s",
                machine.cpus(), machine.memory(), machine.cpuModel(), machine.loadAtStart(), machine.commit());
        Progress.say("settings: %s", s.describe());
        int status = 0;
        AtomicLong peakRss = new AtomicLong();
        Platform platform;
        try {
            platform = Platform.start(s, report);
        } catch (RuntimeException e) {
            Progress.say("the platform did not start: %s", e.getMessage());
            report.fail("start", String.valueOf(e.getMessage()));
            write(report, machine, s);
            System.exit(2);
            return;
        }
        Thread stopOnSignal = new Thread(platform::close, "bench-stop");
        Runtime.getRuntime().addShutdownHook(stopOnSignal);
        try (platform) {
            footprint(platform, s, report, peakRss);
            Dossiers dossiers = new Dossiers(platform);
            double saturation = 0;
            if (s.runs("baselines")) {
                saturation = 0;
                step("baselines", report, () -> baselines(platform, s, report, java));
            }
            if (s.runs("intake") || s.runs("propagation") || s.runs("cycle")) {
                step("setup", report, () -> {
                    platform.require("dossier-service");
                    dossiers.setUp();
                });
            }
            double[] measured = {0};
            if (s.runs("intake")) {
                step("intake", report, () -> measured[0] = IntakeScenario.run(platform, dossiers, s, report));
                sampleRss(platform, peakRss);
            }
            saturation = measured[0];
            double rate = saturation;
            if (s.runs("propagation")) {
                step("propagation", report, () -> PropagationScenario.run(platform, dossiers, s, rate, report));
                sampleRss(platform, peakRss);
            }
            if (s.runs("cycle")) {
                step("cycle", report, () -> FullCycleScenario.run(platform, dossiers, s, report));
                sampleRss(platform, peakRss);
            }
            if (s.runs("rebuild") || s.runs("reads")) {
                step("rebuild and reads", report, () -> EventLoadScenarios.run(platform, s, report, peakRss));
            }
            report.add(
                    "footprint",
                    "peak RSS of broker + services (sampled after each scenario)",
                    mib(peakRss.get()),
                    peakParts,
                    "≤ 2 GiB",
                    peakRss.get() <= 2L * 1024 * 1024 * 1024);
        } finally {
            Progress.say("platform stopped");
        }
        Runtime.getRuntime().removeShutdownHook(stopOnSignal);
        // the machine is shared: the load at the end tells whether the start's figure held during the run
        report.note("load average at the end of the run: " + Machine.loadNow());
        if (s.jfr()) {
            Jfr.summarise(s.dataDir().resolve("jfr"), report);
        }
        write(report, machine, s);
        if (report.hasFailures()) {
            status = 1;
        }
        System.exit(status);
    }

    interface Step {
        void run() throws Exception;
    }

    private static void step(String name, Report report, Step step) {
        Progress.say("=== %s", name);
        long start = System.nanoTime();
        try {
            step.run();
        } catch (ScenarioSkipped e) {
            report.skip(name, e.getMessage());
        } catch (Exception | AssertionError e) {
            report.fail(name, String.valueOf(e.getMessage()).replace('\n', ' '));
            e.printStackTrace(System.out);
        }
        Progress.say("=== %s took %.0f s", name, (System.nanoTime() - start) / 1e9);
    }

    private static void baselines(Platform platform, BenchSettings s, Report report, String java) {
        KafkaBaseline.Figures kafka =
                KafkaBaseline.measure(platform.kafkaClient(), platform.kafkaClientConfigFile(), s.kafkaRecords(), java);
        Progress.say("  %s", kafka.produceLine());
        Progress.say("  consumer: %s", kafka.consumeLine());
        report.add(
                "baseline",
                "raw Kafka produce, 300 B, acks=all, 6 partitions",
                String.format("%,.0f records/s", kafka.producePerSecond()),
                "",
                "",
                null);
        report.add(
                "baseline",
                "raw Kafka consume (fetch rate)",
                String.format("%,.0f records/s", kafka.consumePerSecond()),
                "",
                "",
                null);
        Baselines.rawConsume = kafka.consumePerSecond();
        double bulk = StoreBaselines.bulkUpsertRate(platform.mongoUri("bench_bulk"), s.bulkRecords());
        Baselines.rawBulkUpsert = bulk;
        report.add(
                "baseline",
                "raw bulk upsert (bulkWrite, batches of 500)",
                String.format("%,.0f docs/s", bulk),
                "",
                "",
                null);
    }

    /** Figures later scenarios are read against. */
    static final class Baselines {
        static volatile double rawConsume = Double.NaN;
        static volatile double rawBulkUpsert = Double.NaN;

        private Baselines() {}
    }

    private static void footprint(Platform platform, BenchSettings s, Report report, AtomicLong peakRss) {
        double fromCommand =
                s.commandStartMillis() > 0 ? (platform.readyMillis() - s.commandStartMillis()) / 1000.0 : Double.NaN;
        double fromStart = (platform.readyMillis() - platform.startMillis()) / 1000.0;
        double first = Platform.firstStartSeconds;
        if (!Double.isNaN(first)) {
            // this run built its own CDS archives with a first start: that one is the start after a build
            report.add(
                    "footprint",
                    "run command → all services ready, first start after a build (no CDS archives)",
                    String.format("%.1f s", first),
                    "",
                    "≤ 30 s",
                    first <= 30);
            report.add(
                    "footprint",
                    "start → all services ready, every later start (CDS archives mapped)",
                    String.format("%.1f s", fromStart),
                    "",
                    "≤ 30 s",
                    fromStart <= 30);
        } else {
            double shown = Double.isNaN(fromCommand) ? fromStart : fromCommand;
            report.add(
                    "footprint",
                    "run command → all services ready",
                    String.format("%.1f s", shown),
                    String.format("platform start() alone %.1f s", fromStart),
                    "≤ 30 s",
                    shown <= 30);
        }
        Map<String, Long> rss = platform.residentMemory();
        long total = rss.values().stream().mapToLong(Long::longValue).sum();
        peakRss.accumulateAndGet(total, Math::max);
        StringBuilder parts = new StringBuilder();
        rss.forEach((name, bytes) ->
                parts.append(name).append(' ').append(mib(bytes)).append("; "));
        report.add(
                "footprint",
                "RSS of broker + services when ready",
                mib(total),
                parts.toString().trim(),
                "≤ 2 GiB",
                total <= 2L * 1024 * 1024 * 1024);
        report.note("the launcher JVM (MongoDB wire server, SMTP, token issuer, and the load generator of this "
                + "benchmark) is not counted: RSS now "
                + mib(Platform.vmRss(ProcessHandle.current().pid())));
    }

    /** The processes' RSS when the peak was sampled, for the report. */
    static volatile String peakParts = "";

    static void sampleRss(Platform platform, AtomicLong peak) {
        Map<String, Long> rss = platform.residentMemory();
        long total = rss.values().stream().mapToLong(Long::longValue).sum();
        if (total > peak.get()) {
            StringBuilder parts = new StringBuilder();
            rss.forEach((name, bytes) ->
                    parts.append(name).append(' ').append(mib(bytes)).append("; "));
            peakParts = parts.toString().trim();
        }
        peak.accumulateAndGet(total, Math::max);
    }

    static String mib(long bytes) {
        return String.format("%,d MiB", bytes / (1024 * 1024));
    }

    private static void write(Report report, Machine machine, BenchSettings s) throws java.io.IOException {
        String md = report.markdown(machine, s);
        System.out.println();
        System.out.println(md);
        Path copy = s.repoDir().resolve("infra/bench/target/benchmarks-last-run.md");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, md);
        Report.writeInto(s.document(), md);
        Progress.say("written to %s (copy in %s)", s.document(), copy);
    }
}
