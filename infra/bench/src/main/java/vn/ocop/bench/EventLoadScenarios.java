package vn.ocop.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import vn.ocop.local.TopicPlan;

/**
 * National-size data loaded through events, then: the rebuild (reporting-service's one-shot command replays
 * every topic into fresh views) and the reads (catalogue and dashboard at half their saturation rate) on the
 * views the rebuild produced. The live consumers are stopped first so that the rebuild runs alone and the
 * services do not act on synthetic events (mails, evaluations).
 */
final class EventLoadScenarios {

    static final Path UNITS = Path.of("/work/shared/data/vietnam-admin-units-2020-03.csv");

    private EventLoadScenarios() {}

    static void run(Platform platform, BenchSettings s, Report report, AtomicLong peakRss) throws IOException {
        platform.require("reporting-service");
        for (String service :
                List.of("dossier-service", "evaluation-service", "notification-service", "reporting-service")) {
            if (platform.has(service)) {
                if (s.jfr()) {
                    Jfr.dumpBeforeKill(platform, service, s.dataDir().resolve("jfr"), report);
                }
                platform.embedded().killService(service);
            }
        }
        Path csv = Path.of(System.getProperty("bench.units-csv", UNITS.toString()));
        SyntheticEvents events = new SyntheticEvents(csv);
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        long start = System.nanoTime();
        long produced =
                events.produce(platform.kafkaClient(), year + "-9", year, s.readsDossiers(), s.readsRecognised());
        int perDossier = 4;
        if (produced < s.rebuildEvents()) {
            // history of the year before, so that the replay has its full size without changing this year's data
            int more = (int) Math.ceil((s.rebuildEvents() - produced) / (double) perDossier);
            produced += events.produce(platform.kafkaClient(), (year - 1) + "-9", year - 1, more, 0);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Progress.say("  produced %,d synthetic events (%d provinces) in %.1f s", produced, events.provinces(), seconds);
        report.note(String.format(
                "synthetic load: %,d events for %,d dossiers of this year (%,d recognised) across "
                        + "%d provinces, plus history of last year to reach the replay size; produced in %.1f s",
                produced, s.readsDossiers(), s.readsRecognised(), events.provinces(), seconds));

        if (s.runs("rebuild")) {
            rebuild(platform, report);
        } else {
            rebuild(platform, null);
        }
        BenchMain.sampleRss(platform, peakRss);
        skipLiveConsumerPastReplay(platform.kafkaClient(), "reporting-service");
        Progress.say("  restarting reporting-service on the rebuilt views");
        platform.embedded().restartService("reporting-service");
        if (s.runs("reads")) {
            reads(platform, s, report);
        }
    }

    private static void rebuild(Platform platform, Report report) throws IOException {
        Path jar = ServiceJars.locate(platform, "reporting-service");
        Path log = platform.embedded().logFile("reporting-rebuild");
        List<String> command = List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m",
                "-Dfile.encoding=UTF-8",
                "-Duser.timezone=Asia/Ho_Chi_Minh",
                "-jar",
                jar.toString(),
                "--ocop.rebuild=true");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("MONGODB_URI", platform.mongoUri("ocop_reporting"));
        // reporting-service's own Kafka user: the rebuild reads in a group of its own prefix (KafkaAccessPlan)
        env.putAll(platform.embedded().kafkaEnvironment("reporting-service"));
        env.put("OCOP_JWKS_URI", platform.embedded().tokenIssuer().jwksUri());
        env.put("OCOP_JWT_ISSUER", platform.embedded().tokenIssuer().issuer());
        Progress.say("  running the rebuild command (log %s)", log);
        long commandStart = System.nanoTime();
        long replayStart = 0;
        long replayEnd = 0;
        long records = 0;
        List<String> tail = new ArrayList<>();
        Process p = builder.start();
        p.getOutputStream().close();
        try (var reader = p.inputReader(StandardCharsets.UTF_8);
                var out = java.nio.file.Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                out.write(line);
                out.newLine();
                tail.add(line);
                if (tail.size() > 40) {
                    tail.remove(0);
                }
                if (line.startsWith("rebuilding ")) {
                    replayStart = System.nanoTime();
                    Progress.say("  %s", line);
                } else if (line.startsWith("done: ")) {
                    replayEnd = System.nanoTime();
                    records = Long.parseLong(line.substring(6).split(" ")[0]);
                    Progress.say("  %s", line);
                } else if (line.matches("\\s+\\d+0000 / .*")) {
                    Progress.say("  rebuild:%s", line);
                }
            }
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || replayEnd == 0) {
                p.destroyForcibly();
                throw new BenchFailure("the rebuild command failed: " + String.join("\n", tail));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted", e);
        }
        double replaySeconds = (replayEnd - replayStart) / 1e9;
        double rate = records / replaySeconds;
        double wall = (System.nanoTime() - commandStart) / 1e9;
        Progress.say(
                "  rebuild: %,d records in %.1f s = %,.0f events/s (command %.1f s with start-up)",
                records, replaySeconds, rate, wall);
        if (report == null) {
            return;
        }
        double bound = Math.min(BenchMain.Baselines.rawConsume, BenchMain.Baselines.rawBulkUpsert);
        double ratio = rate / bound;
        report.add(
                "rebuild",
                String.format("replay of %,d events into fresh views", records),
                String.format("%,.0f events/s (%.1f s; command with start-up %.1f s)", rate, replaySeconds, wall),
                Double.isNaN(bound)
                        ? "baselines not measured in this run"
                        : String.format(
                                "min(raw consume %,.0f, raw bulk upsert %,.0f) = %,.0f /s",
                                BenchMain.Baselines.rawConsume, BenchMain.Baselines.rawBulkUpsert, bound),
                "≥ 50 %",
                Double.isNaN(bound) ? null : ratio >= 0.5);
        if (!Double.isNaN(bound)) {
            report.add("rebuild", "ratio", String.format("%.1f %%", 100 * ratio), "", "≥ 50 %", ratio >= 0.5);
        }
    }

    /**
     * The rebuilt views already hold everything on the topics; the live consumer of the (killed) service would
     * otherwise re-apply it all when it restarts. Its group's offsets are moved to the end, as an operator does
     * after a rebuild that replaced the views.
     */
    static void skipLiveConsumerPastReplay(Map<String, Object> client, String group) {
        try (Admin admin = Admin.create(client)) {
            try {
                admin.removeMembersFromConsumerGroup(group, new RemoveMembersFromConsumerGroupOptions())
                        .all()
                        .get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                // no members left, or a group protocol without this call: wait for the group to empty below
            }
            boolean empty = Progress.pollUntil(
                    () -> {
                        try {
                            ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group))
                                    .all()
                                    .get(10, TimeUnit.SECONDS)
                                    .get(group);
                            return d.members().isEmpty();
                        } catch (Exception e) {
                            return false;
                        }
                    },
                    Duration.ofSeconds(90),
                    Duration.ofSeconds(1));
            if (!empty) {
                throw new BenchFailure("consumer group " + group + " still has members 90 s after its service stopped");
            }
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TopicPlan.consumedTopicsByGroup().get(group)) {
                for (int i = 0; i < TopicPlan.EVENT_PARTITIONS; i++) {
                    partitions.add(new TopicPartition(topic, i));
                }
            }
            Map<TopicPartition, OffsetSpec> latest =
                    partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            Map<TopicPartition, OffsetAndMetadata> ends =
                    admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).entrySet().stream()
                            .collect(Collectors.toMap(
                                    Map.Entry::getKey,
                                    e -> new OffsetAndMetadata(e.getValue().offset())));
            admin.alterConsumerGroupOffsets(group, ends).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted", e);
        } catch (Exception e) {
            throw new BenchFailure("cannot move " + group + "'s offsets: " + e, e);
        }
    }

    private static void reads(Platform platform, BenchSettings s, Report report) {
        String base = platform.serviceUrl("reporting-service");
        String liveness = platform.managementUrl("reporting-service") + "/actuator/health/liveness";
        String officer = platform.token(Dossiers.PROVINCE_USER);
        Random random = new Random(7);
        List<String> districts = List.of("001", "002", "533", "536", "760", "770", "490", "271");
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        Map<String, IntFunction<java.net.http.HttpRequest>> queries = new java.util.LinkedHashMap<>();
        queries.put(
                "catalogue (page of 20, filters vary)",
                i -> Api.get(
                        base + "/api/v1/catalogue?page="
                                + random.nextInt(50) + "&size=20"
                                + switch (i % 4) {
                                    case 0 -> "";
                                    case 1 -> "&stars=" + (3 + i % 3);
                                    case 2 -> "&district=" + districts.get(i % districts.size());
                                    default -> "&year=" + year;
                                },
                        officer));
        queries.put(
                "public catalogue",
                i -> Api.get(base + "/api/v1/public/catalogue?page=" + random.nextInt(50) + "&size=20", null));
        queries.put("dashboard", i -> Api.get(base + "/api/v1/dashboard", officer));
        for (var query : queries.entrySet()) {
            Load.closedLoop(s.clients(), Math.min(1000, s.readsRequests()), query.getValue(), Duration.ofMinutes(2));
            Load.Result saturated =
                    Load.closedLoop(s.clients(), s.readsRequests(), query.getValue(), Duration.ofMinutes(2));
            Progress.say("  %s at saturation: %s", query.getKey(), saturated.describe());
            IntakeScenario.requireMostlyOk(saturated, query.getKey());
            double half = saturated.okPerSecond() / 2;
            // timed twice at the same rate: from the runner, whose collections (it hosts the store) pause the
            // clock too, and from a client JVM of its own; the second is the figure, the first shows the difference
            Load.Result inRunner = Load.openLoop(half, s.readsRequests(), query.getValue(), Duration.ofMinutes(2));
            Progress.say("  %s at half saturation, timed in the runner: %s", query.getKey(), inRunner.describe());
            Load.Result paced = LoadClient.openLoop(
                    half,
                    s.readsRequests(),
                    Math.min(1000, s.readsRequests()),
                    query.getValue(),
                    Duration.ofMinutes(2));
            Progress.say(
                    "  %s at half saturation, timed by a separate client JVM: %s", query.getKey(), paced.describe());
            IntakeScenario.requireMostlyOk(paced, query.getKey() + " (separate client)");
            // the floor under that tail on this machine: the same service's cheapest answer (its liveness probe, no
            // security, no query), timed the same way at the same rate
            Load.Result probe = LoadClient.openLoop(
                    half,
                    s.readsRequests(),
                    Math.min(1000, s.readsRequests()),
                    i -> Api.get(liveness, null),
                    Duration.ofMinutes(2));
            Progress.say(
                    "  reporting-service's liveness probe at the same rate, separate client: %s", probe.describe());
            report.add(
                    "reads",
                    query.getKey() + " saturation",
                    String.format("%,.0f req/s", saturated.okPerSecond()),
                    "",
                    "",
                    null);
            report.add(
                    "reads",
                    String.format("%s p50 / p99 at %.0f req/s", query.getKey(), half),
                    String.format(
                            "%.1f / %.1f ms",
                            paced.latencies().p50Ms(), paced.latencies().p99Ms()),
                    String.format(
                            "timed in the runner: %.1f / %.1f ms; the service's liveness probe at the same "
                                    + "rate: %.1f / %.1f ms",
                            inRunner.latencies().p50Ms(),
                            inRunner.latencies().p99Ms(),
                            probe.latencies().p50Ms(),
                            probe.latencies().p99Ms()),
                    "p99 ≤ 20 ms",
                    paced.latencies().p99Ms() <= 20);
        }
        export(base, officer, year, report);
    }

    private static void export(String base, String officer, int year, Report report) {
        var created =
                Api.send(Api.postJson(base + "/api/v1/periods", officer, "{\"year\":%d,\"half\":1}".formatted(year)));
        if (created.statusCode() / 100 != 2 && created.statusCode() != 409) {
            report.skip(
                    "consolidated export",
                    "POST /api/v1/periods answered " + created.statusCode() + ": " + Api.abbreviate(created.body()));
            return;
        }
        String period = year + "-H1";
        List<Long> times = new ArrayList<>();
        for (String format : List.of("xlsx", "pdf", "xlsx", "pdf")) {
            long t0 = System.nanoTime();
            var response = Api.send(Api.get(base + "/api/v1/periods/" + period + "/consolidated." + format, officer));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (response.statusCode() != 200) {
                report.skip("consolidated export", "GET consolidated." + format + " answered " + response.statusCode());
                return;
            }
            times.add(ms);
            Progress.say("  consolidated.%s of %s: %d ms", format, period, ms);
        }
        long worst = times.stream().mapToLong(Long::longValue).max().orElse(0);
        report.add(
                "reads",
                "consolidated semi-annual export (xlsx, pdf; worst of 4)",
                worst + " ms",
                "times " + times,
                "≤ 2 s",
                worst <= 2000);
    }
}
