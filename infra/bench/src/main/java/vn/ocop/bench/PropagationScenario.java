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
 * steady rate, after both services have worked off the backlog of the earlier scenarios. Reporting has no
 * per-dossier read model for submitted dossiers, so its side is measured from the funnel count of a round of its
 * own, polled every 20 ms: the k-th answered submission is taken as visible when the count first reaches k (order
 * of arrival; the error is bounded by the poll period and by reordering across the six partitions).
 * Notification's side is exact per dossier: its delivery log carries the source event id.
 */
final class PropagationScenario {

    private PropagationScenario() {}

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
            report.note(String.format(
                    "propagation ran at %.0f submissions/s, 90 %% of the measured intake "
                            + "saturation, because this machine does not sustain %.0f/s",
                    rate, s.propagationRate()));
        }
        String contactId = null;
        if (notification) {
            // the bench's own contact: its deliveries are read by contactId, apart from the seeded contacts' mail
            contactId = Api.call(Api.postJson(
                            platform.serviceUrl("notification-service") + "/api/v1/contacts",
                            platform.token(Dossiers.PROVINCE_USER),
                            """
                    {"name":"Cán bộ OCOP huyện Mộ Đức (bench)","role":"DISTRICT_OFFICER","districtCode":"533",
                     "email":"ocop.moduc.bench@example.vn","channels":["EMAIL"],"language":"vi"}"""))
                    .path("id")
                    .asString();
        }
        // start from drained consumers: otherwise the figures measure the backlog the intake scenario left
        for (String service : List.of("reporting-service", "notification-service")) {
            if (platform.has(service)) {
                double took = ConsumerLag.awaitDrained(
                        platform.kafkaClient(), service, "ocop.dossier.events", Duration.ofMinutes(6));
                report.note(String.format(
                        "propagation: %s needed %s to work off the events of the earlier "
                                + "scenarios before this one started",
                        service,
                        took < 0
                                ? "more than 6 min (not drained; its figure includes that backlog)"
                                : String.format("%.0f s", took)));
            }
        }
        // first below saturation: how long propagation takes when the consumers keep up; then at (near) saturation,
        // where the figure is mostly queueing. In this order the first run starts from drained consumers and an
        // empty mail queue, not from the backlog the saturated run leaves
        double below = Double.parseDouble(System.getProperty("bench.propagation.extra-rate", "100"));
        if (below > 0 && below < rate) {
            measure(
                    platform,
                    dossiers,
                    s,
                    below,
                    4,
                    String.format(" at %.0f /s (below saturation)", below),
                    false,
                    contactId,
                    report);
            for (String service : List.of("reporting-service", "notification-service")) {
                if (platform.has(service)) {
                    ConsumerLag.awaitDrained(
                            platform.kafkaClient(), service, "ocop.dossier.events", Duration.ofMinutes(6));
                }
            }
        }
        measure(platform, dossiers, s, rate, 2, "", true, contactId, report);
    }

    /**
     * One steady run at {@code rate} in a round of its own; {@code label} is appended to the figures' names and
     * {@code targeted} says whether they are compared with the target.
     */
    private static void measure(
            Platform platform,
            Dossiers dossiers,
            BenchSettings s,
            double rate,
            int roundNumber,
            String label,
            boolean targeted,
            String contactId,
            Report report) {
        boolean reporting = platform.has("reporting-service");
        boolean notification = platform.has("notification-service");
        dossiers.openRound(roundNumber);
        String round = dossiers.roundId();
        int count = (int) Math.round(rate * s.propagationSeconds());
        List<String> ids = dossiers.prepare(count, s.prepareThreads());
        // preparing makes events too (a draft created, one per mandatory upload): several per dossier, which the
        // consumers work off for seconds afterwards. Started on top of them, the run would measure that backlog
        for (String service : List.of("reporting-service", "notification-service")) {
            if (platform.has(service)) {
                double took = ConsumerLag.awaitDrained(
                        platform.kafkaClient(), service, "ocop.dossier.events", Duration.ofMinutes(6));
                report.note(String.format(
                        "propagation%s: %s needed %s to work off the events of preparing %,d "
                                + "drafts before the submissions started",
                        label,
                        service,
                        took < 0
                                ? "more than 6 min (not drained; its figure includes that backlog)"
                                : String.format("%.0f s", took),
                        count));
            }
        }
        String funnelUrl = platform.serviceUrl("reporting-service") + "/api/v1/funnel?roundId=" + round;
        String officer = platform.token(Dossiers.PROVINCE_USER);

        long[] answeredAt = new long[count];
        List<long[]> funnel = new CopyOnWriteArrayList<>();
        Thread poller = null;
        boolean[] polling = {true};
        if (reporting) {
            poller = new Thread(
                    () -> {
                        while (polling[0]) {
                            try {
                                long asked = System.currentTimeMillis();
                                JsonNode body = Api.call(Api.get(funnelUrl, officer));
                                funnel.add(new long[] {System.currentTimeMillis(), submittedCount(body), asked});
                            } catch (RuntimeException e) {
                                funnel.add(new long[] {System.currentTimeMillis(), -1, System.currentTimeMillis()});
                            }
                            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
                        }
                    },
                    "bench-funnel-poll");
            poller.setDaemon(true);
            poller.start();
        }
        Map<String, Long> answeredById = new ConcurrentHashMap<>();
        try (TopicWatch watch = new TopicWatch(platform.kafkaClient())) {
            Load.Result result = Load.openLoop(
                    rate, count, i -> dossiers.submit(ids.get(i)), Duration.ofMinutes(3), (i, at, body) -> {
                        answeredAt[i] = at;
                        answeredById.put(ids.get(i), at);
                    });
            Progress.say("  submissions at %.0f/s: %s", rate, result.describe());
            IntakeScenario.requireMostlyOk(result, "propagation submissions");
            report.add(
                    "propagation",
                    String.format("submit p50 / p99 at %.0f /s", rate),
                    String.format(
                            "%.1f / %.1f ms",
                            result.latencies().p50Ms(), result.latencies().p99Ms()),
                    "",
                    "",
                    null);
            if (reporting) {
                boolean all = Progress.pollUntil(
                        () -> lastCount(funnel) >= result.ok(), Duration.ofSeconds(90), Duration.ofMillis(100));
                polling[0] = false;
                long[] latencies = visibility(answeredAt, funnel);
                Latencies polls = Latencies.of(funnel.stream()
                        .mapToLong(f -> (f[0] - f[2]) * 1_000_000L)
                        .toArray());
                Progress.say(
                        "  funnel polled %d times, answered in p50 %.1f / p99 %.1f / max %.1f ms; first count "
                                + "> 0 at +%d ms after the first answer",
                        funnel.size(),
                        polls.p50Ms(),
                        polls.p99Ms(),
                        polls.maxMs(),
                        firstNonZero(funnel)
                                - Arrays.stream(answeredAt)
                                        .filter(t -> t > 0)
                                        .min()
                                        .orElse(0));
                Latencies l = Latencies.of(latencies);
                report.add(
                        "propagation",
                        "submit → reporting funnel p50 / p99" + label,
                        String.format(
                                "%.0f / %.0f ms%s",
                                l.p50Ms(), l.p99Ms(), all ? "" : " (not all became visible in 90 s)"),
                        "",
                        targeted ? "p99 ≤ 500 ms" : "",
                        targeted ? all && l.p99Ms() <= 500 : null);
            }
            if (notification) {
                measureDeliveries(platform, watch, contactId, answeredById, result.ok(), label, targeted, report);
            }
        } finally {
            polling[0] = false;
        }
    }

    /**
     * "Delivery recorded" = the EMAIL delivery document notification-service created for the submitted event
     * (its createdAt), whatever its send state: SMS would be deferred by quiet hours (21:00–07:00 in Hồ Chí Minh
     * City), e-mail is not. The time it was handed to SMTP (completedAt) is reported beside it. Read from the
     * delivery log of the bench's own contact (newest first, 1,000 at most a poll, once a second; the seeded
     * contacts' deliveries pushed the bench's out of that window before), joined to the dossier through the
     * submitted event's ce_id.
     */
    private static void measureDeliveries(
            Platform platform,
            TopicWatch watch,
            String contactId,
            Map<String, Long> answeredById,
            long expected,
            String label,
            boolean targeted,
            Report report) {
        String url = platform.serviceUrl("notification-service")
                + "/api/v1/deliveries?eventType=vn.ocop.dossier.submitted.v1&channel=EMAIL&limit=1000&contactId="
                + java.net.URLEncoder.encode(contactId, java.nio.charset.StandardCharsets.UTF_8);
        String operator = platform.token("operator");
        Map<String, long[]> byDossier = new ConcurrentHashMap<>();
        java.util.function.BooleanSupplier complete = () -> {
            for (JsonNode d : Api.call(Api.get(url, operator))) {
                String dossier = watch.dossierBySubmittedEvent.get(
                        d.path("sourceEventId").asString(""));
                if (dossier == null || !answeredById.containsKey(dossier)) {
                    continue;
                }
                long created =
                        java.time.Instant.parse(d.path("createdAt").asString()).toEpochMilli();
                String done = d.path("completedAt").asString("");
                long sent = done.isEmpty() || "null".equals(done)
                        ? 0
                        : java.time.Instant.parse(done).toEpochMilli();
                byDossier.merge(dossier, new long[] {created, sent}, (a, b) ->
                        new long[] {Math.min(a[0], b[0]), a[1] == 0 ? b[1] : b[1] == 0 ? a[1] : Math.min(a[1], b[1])});
            }
            return byDossier.size() >= expected;
        };
        long t0 = System.nanoTime();
        Progress.pollUntil(complete, Duration.ofMinutes(2), Duration.ofSeconds(1));
        Progress.say(
                "  notification: %,d of %,d dossiers have an EMAIL delivery after %.1f s",
                byDossier.size(), expected, (System.nanoTime() - t0) / 1e9);
        // sending is a queue of its own behind the earlier scenarios' mail: given a bounded extra minute only
        boolean all = Progress.pollUntil(
                () -> complete.getAsBoolean() && byDossier.values().stream().allMatch(v -> v[1] > 0),
                Duration.ofMinutes(1),
                Duration.ofSeconds(1));
        long[] recorded = byDossier.entrySet().stream()
                .mapToLong(e -> Math.max(0, e.getValue()[0] - answeredById.get(e.getKey())) * 1_000_000L)
                .toArray();
        long[] sent = byDossier.entrySet().stream()
                .filter(e -> e.getValue()[1] > 0)
                .mapToLong(e -> Math.max(0, e.getValue()[1] - answeredById.get(e.getKey())) * 1_000_000L)
                .toArray();
        Latencies r = Latencies.of(recorded);
        Latencies m = Latencies.of(sent);
        long firstCreated =
                byDossier.values().stream().mapToLong(v -> v[0]).min().orElse(0);
        long lastCreated =
                byDossier.values().stream().mapToLong(v -> v[0]).max().orElse(0);
        double rate = lastCreated > firstCreated ? byDossier.size() * 1000.0 / (lastCreated - firstCreated) : 0;
        report.add(
                "propagation",
                "submit → notification EMAIL delivery recorded p50 / p99" + label,
                String.format(
                        "%.0f / %.0f ms (%d of %d; recorded at %.1f dossiers/s)",
                        r.p50Ms(), r.p99Ms(), byDossier.size(), expected, rate),
                "",
                targeted ? "p99 ≤ 500 ms" : "",
                targeted ? byDossier.size() >= expected && r.p99Ms() <= 500 : null);
        report.add(
                "propagation",
                "submit → EMAIL handed to SMTP p50 / p99" + label,
                String.format(
                        "%.0f / %.0f ms (%d sent%s)",
                        m.p50Ms(),
                        m.p99Ms(),
                        sent.length,
                        all ? "" : ", the rest still queued 1 min after all were recorded"),
                "",
                "",
                null);
    }

    /** Dossiers of the round at SUBMITTED or beyond, from /api/v1/funnel (either the funnel or its byStatus map). */
    static long submittedCount(JsonNode body) {
        JsonNode byStatus = body.has("byStatus")
                ? body.get("byStatus")
                : body.path("funnel").path("byStatus");
        if (byStatus.isObject()) {
            long sum = 0;
            for (var e : byStatus.properties()) {
                sum += e.getValue().asLong();
            }
            return sum;
        }
        return body.path("total").asLong(0);
    }

    private static long firstNonZero(List<long[]> funnel) {
        return funnel.stream()
                .filter(f -> f[1] > 0)
                .mapToLong(f -> f[0])
                .findFirst()
                .orElse(0);
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
