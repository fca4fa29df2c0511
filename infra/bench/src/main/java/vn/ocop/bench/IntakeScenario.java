package vn.ocop.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Submissions per second through dossier-service's real API (token check, scope query, checklist, optimistic
 * write with the outbox, relay to Kafka) against the bare CRUD app on the same store, with the same clients.
 */
final class IntakeScenario {

    static final Duration BOUND = Duration.ofMinutes(3);

    private IntakeScenario() {}

    /** Returns the saturation rate (submissions/s), used to pace the later scenarios. */
    static double run(Platform platform, Dossiers dossiers, BenchSettings s, Report report) throws IOException {
        double crudRate;
        try (StoreBaselines.BareCrudApp crud =
                new StoreBaselines.BareCrudApp(platform.mongoUri("bench_crud"), s.clients())) {
            Load.closedLoop(s.clients(), Math.min(500, s.crudRequests()), crud::insertRequest, BOUND); // warm-up
            Load.Result saturated = Load.closedLoop(s.clients(), s.crudRequests(), crud::insertRequest, BOUND);
            Progress.say("  bare CRUD at saturation: %s", saturated.describe());
            crudRate = saturated.okPerSecond();
            Load.Result paced = Load.openLoop(0.7 * crudRate, s.crudRequests(), crud::insertRequest, BOUND);
            Progress.say("  bare CRUD at 70 %%: %s", paced.describe());
            report.add(
                    "baseline",
                    "bare CRUD insert, " + s.clients() + " clients",
                    String.format("%,.0f req/s", crudRate),
                    "",
                    "",
                    null);
            report.add(
                    "baseline",
                    "bare CRUD p50 / p99 at 70 % load",
                    String.format(
                            "%.1f / %.1f ms",
                            paced.latencies().p50Ms(), paced.latencies().p99Ms()),
                    "",
                    "",
                    null);
        }

        List<String> ids = dossiers.prepare(s.intakeCount() + s.latencyCount() + 100, s.prepareThreads());
        List<String> warmUp = ids.subList(0, 100);
        List<String> saturation = ids.subList(100, 100 + s.intakeCount());
        List<String> paced = ids.subList(100 + s.intakeCount(), ids.size());
        // preparing made several events per dossier (the draft, each upload); measured on top of the consumers'
        // backlog, the figure would be preparing's, not submitting's (run G: 199/s against 299/s in run E)
        awaitConsumers(platform, "preparing " + ids.size() + " drafts", report);
        Load.closedLoop(s.clients(), warmUp.size(), i -> dossiers.submit(warmUp.get(i)), BOUND);
        Load.Result saturated =
                Load.closedLoop(s.clients(), saturation.size(), i -> dossiers.submit(saturation.get(i)), BOUND);
        Progress.say("  submit at saturation: %s", saturated.describe());
        requireMostlyOk(saturated, "submit at saturation");
        double rate = saturated.okPerSecond();
        double ratio = rate / crudRate;
        report.add(
                "intake",
                "submit at saturation, " + s.clients() + " clients",
                String.format("%,.0f /s", rate),
                String.format("bare CRUD %,.0f /s", crudRate),
                "≥ 80 % of bare CRUD",
                ratio >= 0.8);
        report.add("intake", "ratio to bare CRUD", String.format("%.0f %%", 100 * ratio), "", "≥ 80 %", ratio >= 0.8);

        awaitConsumers(platform, "the submissions at saturation", report);
        Load.Result atSeventy = Load.openLoop(0.7 * rate, paced.size(), i -> dossiers.submit(paced.get(i)), BOUND);
        Progress.say("  submit at 70 %% (%.0f/s): %s", 0.7 * rate, atSeventy.describe());
        requireMostlyOk(atSeventy, "submit at 70 %");
        report.add(
                "intake",
                String.format("submit p50 / p99 at 70 %% (%.0f /s, open loop)", 0.7 * rate),
                String.format(
                        "%.1f / %.1f ms",
                        atSeventy.latencies().p50Ms(), atSeventy.latencies().p99Ms()),
                "",
                "p99 ≤ 50 ms",
                atSeventy.latencies().p99Ms() <= 50);
        return rate;
    }

    /** Waits until the services consuming dossier events have worked off what the bench made before. */
    private static void awaitConsumers(Platform platform, String what, Report report) {
        for (String service : List.of("evaluation-service", "reporting-service", "notification-service")) {
            if (platform.has(service)) {
                double took = ConsumerLag.awaitDrained(
                        platform.kafkaClient(), service, "ocop.dossier.events", Duration.ofMinutes(6));
                report.note(String.format(
                        "intake: %s needed %s to work off the events of %s",
                        service,
                        took < 0
                                ? "more than 6 min (not drained: the figure that follows includes that backlog)"
                                : String.format("%.0f s", took),
                        what));
            }
        }
    }

    static void requireMostlyOk(Load.Result result, String what) {
        if (result.ok() < 0.99 * result.requests()) {
            throw new BenchFailure(
                    what + ": only " + result.ok() + " of " + result.requests() + " answered 2xx " + result.statuses());
        }
    }
}
