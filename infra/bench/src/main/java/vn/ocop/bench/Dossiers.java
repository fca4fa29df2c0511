package vn.ocop.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import vn.ocop.client.Forms;
import vn.ocop.client.OcopClient;

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
    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final Platform platform;
    private final OcopClient client;
    private final String api;
    private String roundId;
    private final AtomicInteger serial = new AtomicInteger();

    Dossiers(Platform platform) {
        this.platform = platform;
        this.client = OcopClient.builder()
                .httpClient(Load.CLIENT)
                .baseUrls(platform::serviceUrl)
                .tokens(platform::token)
                .build();
        this.api = platform.serviceUrl("dossier-service") + "/api/v1";
    }

    String roundId() {
        return roundId;
    }

    String api() {
        return api;
    }

    /** The typed client on the load's HTTP client, as the bench's users. */
    OcopClient client() {
        return client;
    }

    /** A round of this year whose district deadline is still ahead (forwarding needs that), and the producer. */
    void setUp() {
        JsonNode round = openRound(1);
        client.registerProducer(
                        DISTRICT_USER,
                        new Forms.Producer(
                                "COOPERATIVE",
                                "HTX Nông nghiệp Đức Lợi",
                                "4300100001",
                                "533",
                                "21403",
                                null,
                                new Forms.Contact("Nguyễn Văn A", "0912345678", "htx@example.vn")),
                        null)
                .expect("register the producer", 200, 201);
        Progress.say(
                "  round %s (legal basis %s) and producer %s ready",
                roundId, round.path("legalBasis").asString(""), PRODUCER_ID);
    }

    /** Schedules round {@code number} of this year; the dossiers prepared from now on belong to it. */
    /** FOOD_PROCESSED and the sample criteria sheets exist for QD 1048/2019; the basis in force now may differ. */
    JsonNode openRound(int number) {
        return openRound(number, System.getProperty("bench.legal-basis", "QD1048_2019"));
    }

    /** With a legal basis chosen rather than the one in force (evaluation-service has sheets for some only). */
    JsonNode openRound(int number, String legalBasis) {
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        JsonNode round = client.openRound(
                        PROVINCE_USER,
                        new Forms.Round(
                                year, number, legalBasis, LocalDate.of(year, 12, 30), LocalDate.of(year, 12, 31)),
                        null)
                .expect("open round " + number, 200, 201)
                .json();
        roundId = round.get("id").asString();
        return round;
    }

    /** Opens {@code count} dossiers and attaches every mandatory document; returns their ids. */
    List<String> prepare(int count, int threads) {
        List<String> ids = Collections.synchronizedList(new ArrayList<>(count));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                work.add(pool.submit(() -> {
                    ids.add(prepareOne());
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
        Progress.say(
                "  prepared %,d dossiers in %.1f s (create + mandatory uploads)",
                count, (System.nanoTime() - start) / 1e9);
        return new ArrayList<>(ids);
    }

    private String prepareOne() {
        int n = serial.incrementAndGet();
        JsonNode dossier = client.openDossier(
                        PRODUCER_USER,
                        new Forms.Dossier(roundId, PRODUCER_ID, "Sản phẩm thử tải " + n, PRODUCT_GROUP, "benchmark"),
                        null)
                .expect("open a dossier", 200, 201)
                .json();
        String id = dossier.get("id").asString();
        for (JsonNode type : dossier.path("checklist").path("missing")) {
            client.upload(
                            PRODUCER_USER,
                            id,
                            type.asString(),
                            type.asString().toLowerCase(Locale.ROOT) + ".pdf",
                            "application/octet-stream",
                            PDF)
                    .expect("upload " + type.asString(), 200, 201);
        }
        return id;
    }

    java.net.http.HttpRequest submit(String id) {
        return Api.post(api + "/dossiers/" + id + "/submit", platform.token(PRODUCER_USER));
    }
}
