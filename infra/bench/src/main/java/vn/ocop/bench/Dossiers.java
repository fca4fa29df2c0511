package vn.ocop.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * The intake data every dossier scenario needs, made through dossier-service's real API: one round and one
 * producer (once), then dossiers with every mandatory document attached, ready to submit (not timed).
 */
final class Dossiers {

    static final String PRODUCER_USER = "producer.mo-duc";
    static final String PRODUCER_ID = "PR-4300100001";
    static final String DISTRICT_USER = "district.mo-duc";
    static final String PROVINCE_USER = "province.officer";
    static final String PRODUCT_GROUP = System.getProperty("bench.product-group", "FOOD_PROCESSED");
    /** The smallest bytes tika-core recognises as a PDF: the upload path still detects, hashes and stores it. */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final Platform platform;
    private final String api;
    private String roundId;
    private final AtomicInteger serial = new AtomicInteger();

    Dossiers(Platform platform) {
        this.platform = platform;
        this.api = platform.serviceUrl("dossier-service") + "/api/v1";
    }

    String roundId() {
        return roundId;
    }

    String api() {
        return api;
    }

    /** A round of this year whose district deadline is still ahead (forwarding needs that), and the producer. */
    void setUp() {
        JsonNode round = openRound(1);
        Api.call(Api.postJson(api + "/producers", platform.token(DISTRICT_USER), """
                {"kind":"COOPERATIVE","name":"HTX Nông nghiệp Đức Lợi","registrationNumber":"4300100001",
                 "districtCode":"533","communeCode":"21403",
                 "contact":{"name":"Nguyễn Văn A","phone":"0912345678","email":"htx@example.vn"}}"""));
        Progress.say("  round %s (legal basis %s) and producer %s ready", roundId,
                round.path("legalBasis").asString(""), PRODUCER_ID);
    }

    /** Schedules round {@code number} of this year; the dossiers prepared from now on belong to it. */
    /** FOOD_PROCESSED and the sample criteria sheets exist for QD 1048/2019; the basis in force now may differ. */
    JsonNode openRound(int number) {
        return openRound(number, System.getProperty("bench.legal-basis", "QD1048_2019"));
    }

    /** With a legal basis chosen rather than the one in force (evaluation-service has sheets for some only). */
    JsonNode openRound(int number, String legalBasis) {
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        JsonNode round = Api.call(Api.postJson(api + "/rounds", platform.token(PROVINCE_USER),
                "{\"year\":%d,\"number\":%d,\"districtDeadline\":\"%d-12-30\",\"provinceDeadline\":\"%d-12-31\"%s}"
                        .formatted(year, number, year, year,
                                legalBasis == null ? "" : ",\"legalBasis\":\"" + legalBasis + "\"")));
        roundId = round.get("id").asString();
        return round;
    }

    /** Opens {@code count} dossiers and attaches every mandatory document; returns their ids. */
    List<String> prepare(int count, int threads) {
        String token = platform.token(PRODUCER_USER);
        List<String> ids = Collections.synchronizedList(new ArrayList<>(count));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                work.add(pool.submit(() -> {
                    ids.add(prepareOne(token));
                    if (ids.size() % 1000 == 0) {
                        Progress.say("  prepared %,d / %,d dossiers", ids.size(), count);
                    }
                }));
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
        Progress.say("  prepared %,d dossiers in %.1f s (create + mandatory uploads)", count,
                (System.nanoTime() - start) / 1e9);
        return new ArrayList<>(ids);
    }

    private String prepareOne(String token) {
        int n = serial.incrementAndGet();
        JsonNode dossier = Api.call(Api.postJson(api + "/dossiers", token, """
                {"roundId":"%s","producerId":"%s","productName":"Sản phẩm thử tải %d",
                 "productGroup":"%s","description":"benchmark"}""".formatted(roundId, PRODUCER_ID, n, PRODUCT_GROUP)));
        String id = dossier.get("id").asString();
        for (JsonNode type : dossier.path("checklist").path("missing")) {
            Api.call(Api.multipartFile(api + "/dossiers/" + id + "/attachments", token, "file",
                    type.asString().toLowerCase() + ".pdf", PDF, "documentType", type.asString()));
        }
        return id;
    }

    java.net.http.HttpRequest submit(String id) {
        return Api.post(api + "/dossiers/" + id + "/submit", platform.token(PRODUCER_USER));
    }
}
