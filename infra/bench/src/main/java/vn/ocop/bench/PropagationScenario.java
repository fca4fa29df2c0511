package vn.ocop.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;

/**
 * Submit response → visible in reporting-service's funnel, and → delivery recorded by notification-service, at a
 * steady rate. Reporting has no per-dossier read model for submitted dossiers, so its side is measured from the
 * funnel count of a round of its own, polled every 20 ms: the k-th answered submission is taken as visible when
 * the count first reaches k (order of arrival; the error is bounded by the poll period and by reordering across
 * the six partitions). Notification's side is exact per dossier (delivered.v1 carries the source event id).
 */
final class PropagationScenario {

    private PropagationScenario() {
    }

    static void run(Platform platform, Dossiers dossiers, BenchSettings s, double saturation, Report report) {
        boolean reporting = platform.has("reporting-service");
        boolean notification = platform.has("notification-service");
        if (!reporting && !notification) {
            throw new ScenarioSkipped("neither reporting-service nor notification-service runs");
        }
        if (!reporting) {
            report.skip("propagation → reporting", "reporting-service is not running (no jar)");
        }
        if (!notification) {
            report.skip("propagation → notification", "notification-service is not running (no jar)");
        }
        double rate = s.propagationRate();
        if (saturation > 0 && rate > 0.9 * saturation) {
            rate = Math.floor(0.9 * saturation);
            report.note(String.format("propagation ran at %.0f submissions/s, 90 %% of the measured intake "
                    + "saturation, because this machine does not sustain %.0f/s", rate, s.propagationRate()));
        }
        if (notification) {
            Api.call(Api.postJson(platform.serviceUrl("notification-service") + "/api/v1/contacts",
                    platform.token(Dossiers.PROVINCE_USER), """
                    {"name":"Cán bộ OCOP huyện Mộ Đức (bench)","role":"DISTRICT_OFFICER","districtCode":"533",
                     "email":"ocop.moduc.bench@example.vn","channels":["EMAIL"],"language":"vi"}"""));
        }
        dossiers.openRound(2);
        String round = dossiers.roundId();
        int count = (int) Math.round(rate * s.propagationSeconds());
        List<String> ids = dossiers.prepare(count, s.prepareThreads());
        String funnelUrl = platform.serviceUrl("reporting-service") + "/api/v1/funnel?roundId=" + round;
        String officer = platform.token(Dossiers.PROVINCE_USER);

        long[] answeredAt = new long[count];
        List<long[]> funnel = new CopyOnWriteArrayList<>();
        Thread poller = null;
        boolean[] polling = {true};
        if (reporting) {
            poller = new Thread(() -> {
                while (polling[0]) {
                    try {
                        JsonNode body = Api.call(Api.get(funnelUrl, officer));
                        funnel.add(new long[] {System.currentTimeMillis(), submittedCount(body)});
                    } catch (RuntimeException e) {
                        funnel.add(new long[] {System.currentTimeMillis(), -1});
                    }
                    LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
                }
            }, "bench-funnel-poll");
            poller.setDaemon(true);
            poller.start();
        }
        Map<String, Long> answeredById = new ConcurrentHashMap<>();
        try (TopicWatch watch = new TopicWatch(platform.kafkaBootstrap())) {
            Load.Result result = Load.openLoop(rate, count, i -> dossiers.submit(ids.get(i)), Duration.ofMinutes(3),
                    (i, at, body) -> {
                        answeredAt[i] = at;
                        answeredById.put(ids.get(i), at);
                    });
            Progress.say("  submissions at %.0f/s: %s", rate, result.describe());
            IntakeScenario.requireMostlyOk(result, "propagation submissions");
            report.add("propagation", String.format("submit p50 / p99 at %.0f /s", rate),
                    String.format("%.1f / %.1f ms", result.latencies().p50Ms(), result.latencies().p99Ms()), "", "",
                    null);
            if (reporting) {
                boolean all = Progress.pollUntil(() -> lastCount(funnel) >= result.ok(), Duration.ofSeconds(90),
                        Duration.ofMillis(100));
                polling[0] = false;
                long[] latencies = visibility(answeredAt, funnel);
                Latencies l = Latencies.of(latencies);
                report.add("propagation", "submit → reporting funnel p50 / p99",
                        String.format("%.0f / %.0f ms%s", l.p50Ms(), l.p99Ms(), all ? "" : " (not all became visible in 90 s)"),
                        "", "p99 ≤ 500 ms", all && l.p99Ms() <= 500);
            }
            if (notification) {
                Progress.pollUntil(() -> watch.deliveredAtByDossier().size() >= result.ok(), Duration.ofSeconds(90),
                        Duration.ofMillis(200));
                Map<String, Long> delivered = watch.deliveredAtByDossier();
                long[] latencies = answeredById.entrySet().stream().filter(e -> delivered.containsKey(e.getKey()))
                        .mapToLong(e -> Math.max(0, delivered.get(e.getKey()) - e.getValue()) * 1_000_000L).toArray();
                Latencies l = Latencies.of(latencies);
                report.add("propagation", "submit → notification delivery recorded p50 / p99",
                        String.format("%.0f / %.0f ms (%d of %d delivered)", l.p50Ms(), l.p99Ms(), delivered.size(),
                                result.ok()), "", "p99 ≤ 500 ms",
                        delivered.size() >= result.ok() && l.p99Ms() <= 500);
            }
        } finally {
            polling[0] = false;
        }
    }

    /** Dossiers of the round at SUBMITTED or beyond, from /api/v1/funnel (either the funnel or its byStatus map). */
    static long submittedCount(JsonNode body) {
        JsonNode byStatus = body.has("byStatus") ? body.get("byStatus") : body.path("funnel").path("byStatus");
        if (byStatus.isObject()) {
            long sum = 0;
            for (var e : byStatus.properties()) {
                sum += e.getValue().asLong();
            }
            return sum;
        }
        return body.path("total").asLong(0);
    }

    private static long lastCount(List<long[]> funnel) {
        return funnel.isEmpty() ? 0 : funnel.get(funnel.size() - 1)[1];
    }

    /** For the k-th answer in time order: the first poll whose count reached k, minus the answer's time. */
    private static long[] visibility(long[] answeredAt, List<long[]> funnel) {
        long[] answers = Arrays.stream(answeredAt).filter(t -> t > 0).sorted().toArray();
        List<long[]> polls = new ArrayList<>(funnel);
        long[] latencies = new long[answers.length];
        int found = 0;
        int poll = 0;
        for (int k = 0; k < answers.length; k++) {
            while (poll < polls.size() && polls.get(poll)[1] < k + 1) {
                poll++;
            }
            if (poll == polls.size()) {
                break;
            }
            latencies[found++] = Math.max(0, polls.get(poll)[0] - answers[k]) * 1_000_000L;
        }
        return Arrays.copyOf(latencies, found);
    }
}
