package vn.ocop.bench;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import vn.ocop.client.Forms;
import vn.ocop.client.OcopClient;
import vn.ocop.client.Reply;

/**
 * A burst of dossiers through the whole programme, step by step for all of them: submit → accept → district
 * council (three members score, the chair finalises) → forward → provincial council → recognition decision
 * (batches of 100) — then the time until dossier-service and reporting-service both show every dossier
 * recognised. Grading goes through evaluation-service's API; the steps between services travel as events.
 */
final class FullCycleScenario {

    static final List<String> DISTRICT_COUNCIL =
            List.of("council.mo-duc.chair", "council.mo-duc.member1", "council.mo-duc.member2");
    static final List<String> PROVINCE_COUNCIL =
            List.of("council.province.chair", "council.province.member1", "council.province.member2");
    static final Duration STEP_BOUND = Duration.ofMinutes(10);
    static final String EVALUATION_TOPIC = "ocop.evaluation.events";

    private FullCycleScenario() {}

    static void run(Platform platform, Dossiers dossiers, BenchSettings s, Report report) {
        platform.require("dossier-service", "evaluation-service");
        String evaluation = platform.serviceUrl("evaluation-service") + "/api/v1";
        String api = dossiers.api();
        // the sample criteria sheets evaluation-service ships are for QD 1048/2019
        dossiers.openRound(3, System.getProperty("bench.cycle.legal-basis", "QD1048_2019"));
        String round = dossiers.roundId();
        List<String> ids = dossiers.prepare(s.cycleCount(), s.prepareThreads());
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        Map<String, Map<String, String>> answersBySheet = new ConcurrentHashMap<>();
        // councils are set up once, like a real district and province do before their first session (not timed)
        OcopClient client = dossiers.client();
        ensureCouncil(
                client,
                Dossiers.DISTRICT_USER,
                "HD-533",
                "Hội đồng huyện Mộ Đức (bench)",
                "DISTRICT",
                "533",
                DISTRICT_COUNCIL);
        ensureCouncil(
                client,
                Dossiers.PROVINCE_USER,
                "HD-51",
                "Hội đồng tỉnh Quảng Ngãi (bench)",
                "PROVINCE",
                "51",
                PROVINCE_COUNCIL);
        long start = System.nanoTime();

        step("submit", ids, s, id -> Api.call(dossiers.submit(id)));
        step("accept", ids, s, id -> client.accept(Dossiers.DISTRICT_USER, id).expect("accept " + id, 200));
        grade(
                platform,
                client,
                evaluation,
                ids,
                ":DISTRICT",
                "HD-533",
                Dossiers.DISTRICT_USER,
                DISTRICT_COUNCIL,
                0,
                today,
                answersBySheet,
                s);
        awaitStatus(platform, api, round, "DISTRICT_GRADED", ids.size());
        step("forward", ids, s, id -> client.forward(Dossiers.DISTRICT_USER, id).expect("forward " + id, 200));
        grade(
                platform,
                client,
                evaluation,
                ids,
                ":PROVINCE",
                "HD-51",
                Dossiers.PROVINCE_USER,
                PROVINCE_COUNCIL,
                0,
                today,
                answersBySheet,
                s);
        awaitStatus(platform, api, round, "PROVINCE_GRADED", ids.size());
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 100) {
            batches.add(ids.subList(i, Math.min(ids.size(), i + 100)));
        }
        int[] decision = {0};
        long t0 = System.nanoTime();
        for (List<String> batch : batches) {
            String number = (900 + ++decision[0]) + "/QĐ-UBND";
            client.recognise(
                            Dossiers.PROVINCE_USER,
                            new Forms.Decision(number, LocalDate.parse(today), "Phó Chủ tịch UBND tỉnh", batch),
                            null)
                    .expect("decision " + number, 200, 201);
        }
        Progress.say("  recognition decisions: %d in %.1f s", batches.size(), (System.nanoTime() - t0) / 1e9);
        awaitStatus(platform, api, round, "RECOGNIZED", ids.size());
        double dossierSide = (System.nanoTime() - start) / 1e9;
        boolean reportingAgrees = true;
        if (platform.has("reporting-service")) {
            reportingAgrees = Progress.pollUntil(
                    () -> client.funnel(Dossiers.PROVINCE_USER, round)
                                    .expect("read the funnel", 200)
                                    .json()
                                    .path("byStatus")
                                    .path("RECOGNIZED")
                                    .asLong(0)
                            >= ids.size(),
                    STEP_BOUND,
                    Duration.ofSeconds(1));
        } else {
            report.skip("cycle → reporting view", "reporting-service is not running (no jar)");
        }
        double total = (System.nanoTime() - start) / 1e9;
        report.add(
                "full cycle",
                String.format("%,d dossiers submit → recognition, until every view agrees", ids.size()),
                String.format(
                        "%.1f s (%.1f dossiers/s; dossier-service agreed after %.1f s)%s",
                        total,
                        ids.size() / total,
                        dossierSide,
                        reportingAgrees ? "" : " — reporting did NOT agree in time"),
                String.format("%d requests per dossier", 2 + 2 * (1 + 3 + 1) + 1),
                "",
                reportingAgrees ? null : false);
    }

    private static void grade(
            Platform platform,
            OcopClient client,
            String evaluation,
            List<String> ids,
            String level,
            String council,
            String officer,
            List<String> members,
            int finaliser,
            String today,
            Map<String, Map<String, String>> answersBySheet,
            BenchSettings s) {
        step("assign" + level, ids, s, id -> {
            String eid = id + level;
            JsonNode assigned = retryWhileMissing(Api.postJson(
                    evaluation + "/evaluations/" + eid + "/assign",
                    platform.token(officer),
                    "{\"councilId\":\"%s\",\"sessionDate\":\"%s\"}".formatted(council, today)));
            String sheet = assigned.path("assignment").path("sheetId").asString();
            answersBySheet.computeIfAbsent(sheet, key -> answersTotalling(evaluation, platform, key, 82));
        });
        Map<String, String> answers = answersBySheet.values().iterator().next();
        for (String member : members) {
            step(
                    "score" + level + " by " + member,
                    ids,
                    s,
                    id -> client.score(member, id + level, answers).expect("score " + id + level, 200));
        }
        step(
                "finalise" + level,
                ids,
                s,
                id -> client.finalise(members.get(finaliser), id + level).expect("finalise " + id + level, 200));
    }

    /** Chair, member, secretary; a council left by an earlier run on the same data (409) is used as it is. */
    private static void ensureCouncil(
            OcopClient client,
            String officer,
            String id,
            String name,
            String level,
            String unit,
            List<String> members) {
        Reply r = client.ensureCouncil(
                officer,
                new Forms.Council(
                        id,
                        name,
                        level,
                        unit,
                        List.of(
                                new Forms.Seat(members.get(0), "Chủ tịch hội đồng", "CHAIR"),
                                new Forms.Seat(members.get(1), "Thành viên", "MEMBER"),
                                new Forms.Seat(members.get(2), "Thư ký", "SECRETARY"))));
        Progress.say("  council %s %s", id, r.status() == 409 ? "already existed" : "created");
    }

    /**
     * The evaluation appears when evaluation-service has consumed the dossier event: 404 until then. A 404 that
     * names something else (the council) will not heal by waiting and fails at once.
     */
    private static JsonNode retryWhileMissing(HttpRequest request) {
        long deadline = System.nanoTime() + STEP_BOUND.toNanos();
        while (true) {
            HttpResponse<String> r = Api.send(request);
            if (r.statusCode() / 100 == 2) {
                return Api.JSON.readTree(r.body());
            }
            boolean evaluationMissing = r.statusCode() == 404 && !r.body().contains("council");
            if (!evaluationMissing || System.nanoTime() > deadline) {
                throw new BenchFailure(request.uri() + " answered " + r.statusCode() + ": " + Api.abbreviate(r.body()));
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    /** Best answers everywhere, then lower options on optional criteria until the sheet totals {@code total}. */
    static Map<String, String> answersTotalling(String evaluation, Platform platform, String sheetId, int total) {
        JsonNode sheet =
                Api.call(Api.get(evaluation + "/criteria-sheets/" + sheetId, platform.token(Dossiers.PROVINCE_USER)));
        Map<String, String> answers = new LinkedHashMap<>();
        BigDecimal toGiveUp = BigDecimal.valueOf(100 - total);
        for (JsonNode part : sheet.get("parts")) {
            for (JsonNode criterion : part.get("criteria")) {
                List<JsonNode> options = new ArrayList<>();
                criterion.get("options").forEach(options::add);
                options.sort(Comparator.comparing(o -> o.get("points").decimalValue()));
                BigDecimal best = options.get(options.size() - 1).get("points").decimalValue();
                JsonNode chosen = options.get(options.size() - 1);
                if (!criterion.path("mandatory").asBoolean()) {
                    for (JsonNode option : options) {
                        BigDecimal loss = best.subtract(option.get("points").decimalValue());
                        if (loss.compareTo(toGiveUp) <= 0) {
                            chosen = option;
                            toGiveUp = toGiveUp.subtract(loss);
                            break;
                        }
                    }
                }
                answers.put(criterion.get("code").asString(), chosen.get("code").asString());
            }
        }
        return answers;
    }

    /**
     * Waits until dossier-service shows every dossier in {@code status}. It first watches dossier-service's consumer
     * lag on the evaluation events (cheap: offsets from the broker) and asks for the count only when that group has
     * caught up, once a second: a counted listing of tens of thousands of dossiers is a whole-collection read on the
     * embedded store, and polling it four times a second competed with the very consumer it waited for.
     */
    private static void awaitStatus(Platform platform, String api, String round, String status, int count) {
        String url = api + "/dossiers?round=" + round + "&status=" + status + "&size=1";
        String officer = platform.token(Dossiers.PROVINCE_USER);
        long t0 = System.nanoTime();
        long deadline = t0 + STEP_BOUND.toNanos();
        long nextSay = t0 + Duration.ofSeconds(30).toNanos();
        long lag = -1;
        long shown = -1;
        while (true) {
            lag = ConsumerLag.lag(platform.kafkaClient(), "dossier-service", EVALUATION_TOPIC);
            if (lag == 0) {
                shown = Api.call(Api.get(url, officer)).path("total").asLong(0);
                if (shown >= count) {
                    break;
                }
            }
            long now = System.nanoTime();
            if (now > deadline) {
                throw new BenchFailure("dossier-service shows " + (shown < 0 ? "?" : String.valueOf(shown)) + " of "
                        + count + " dossiers " + status + " after " + STEP_BOUND.toSeconds() + " s; its consumer is "
                        + lag + " evaluation events behind; dead letters: " + deadLetters(platform));
            }
            if (now > nextSay) {
                Progress.say(
                        "  waiting for %s: dossier-service is %,d evaluation events behind%s",
                        status, lag, shown < 0 ? "" : String.format(", shows %,d", shown));
                nextSay = now + Duration.ofSeconds(30).toNanos();
            }
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        }
        Progress.say(
                "  dossier-service shows all %,d %s (%.1f s after the step)",
                count, status, (System.nanoTime() - t0) / 1e9);
    }

    /** Records in dossier-service's dead-letter topic for evaluation events ("none" when it was never created). */
    private static String deadLetters(Platform platform) {
        try {
            return String.valueOf(ConsumerLag.lag(
                    platform.kafkaClient(), "bench-dlq-count", EVALUATION_TOPIC + ".dossier-service.dlq"));
        } catch (BenchFailure e) {
            return "none";
        }
    }

    /** One step for every dossier, by a pool of clients; prints its rate. */
    private static void step(String name, List<String> ids, BenchSettings s, Consumer<String> action) {
        ExecutorService pool = Executors.newFixedThreadPool(s.prepareThreads());
        long t0 = System.nanoTime();
        try {
            List<Future<?>> work = new ArrayList<>();
            for (String id : ids) {
                work.add(pool.submit(() -> action.accept(id)));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new BenchFailure(e.toString(), e);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Progress.say("  %s: %,d in %.1f s = %.0f/s", name, ids.size(), seconds, ids.size() / seconds);
    }
}
