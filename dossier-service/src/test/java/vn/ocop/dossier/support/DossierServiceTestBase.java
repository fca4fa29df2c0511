package vn.ocop.dossier.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.platform.test.Api;
import vn.ocop.platform.test.MutableClock;
import vn.ocop.platform.test.TestClockConfiguration;
import vn.ocop.platform.test.TestInfrastructure;

/**
 * The one Spring context of the module's service tests: the real embedded broker, the MongoDB-wire
 * server and real signed tokens (TestInfrastructure), a settable clock, small upload limits.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ocop.dossier.uploads.max-file-size=64KB",
            "ocop.dossier.uploads.max-dossier-size=1MB",
            "ocop.rate-limits.submission.capacity=10000",
            "ocop.rate-limits.upload.capacity=10000"
        })
@Import(TestClockConfiguration.class)
public abstract class DossierServiceTestBase {

    public static final String DOSSIER_TOPIC = "ocop.dossier.events";
    public static final String EVALUATION_TOPIC = "ocop.evaluation.events";
    /** 16 March 2020, 09:00 in Quảng Ngãi: inside the first 2020 round (the kit's test clock starts there too). */
    public static final Instant START = Instant.parse("2020-03-16T02:00:00Z");

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger ROUNDS = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "ocop_dossier_test");
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected MutableClock clock;

    @BeforeEach
    void resetClockAndDemoProducers() {
        clock.set(START);
        ensureProducer("4300100001", "HTX Nông nghiệp Đức Lợi", "533", "21403");
        ensureProducer("4300100002", "HTX Ba Điền", "535", "21487");
        ensureProducer("4300100003", "Cơ sở Tỏi Lý Sơn", "536", null);
    }

    protected Api api() {
        return Api.at(port);
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    protected void ensureProducer(String registration, String name, String district, String commune) {
        if (api().get("/api/v1/producers/PR-" + registration)
                        .as("province.officer")
                        .send()
                        .statusCode()
                == 200) {
            return;
        }
        HttpResponse<String> r = api().post("/api/v1/producers", producerBody(registration, name, district, commune))
                .as("province.officer")
                .send();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    protected static String producerBody(String registration, String name, String district, String commune) {
        return """
                {"kind":"COOPERATIVE","name":"%s","registrationNumber":"%s","districtCode":"%s",%s\
                "address":"Thôn 1","contact":{"name":"Nguyễn Văn A","phone":"0912345678","email":"a@example.vn"}}""".formatted(
                        name, registration, district, commune == null ? "" : "\"communeCode\":\"" + commune + "\",");
    }

    /** A fresh round (its own year and number) under 1048, its deadlines on the given day and month. */
    protected String newRound(LocalDate districtDeadline) {
        int n = ROUNDS.getAndIncrement();
        int year = 2040 + n / 12;
        int number = n % 12 + 1;
        HttpResponse<String> r = api().post("/api/v1/rounds", """
                {"year":%d,"number":%d,"legalBasis":"QD1048_2019","districtDeadline":"%s","provinceDeadline":"%s"}""".formatted(
                                year,
                                number,
                                districtDeadline.withYear(year),
                                districtDeadline.withYear(year).plusDays(51)))
                .as("province.officer")
                .send();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).get("id").asString();
    }

    /** The district deadline the round was scheduled with. */
    protected LocalDate districtDeadlineOf(String roundId) {
        return LocalDate.parse(json(api().get("/api/v1/rounds/" + roundId)
                        .as("province.officer")
                        .send())
                .get("districtDeadline")
                .asString());
    }

    /** Creates a draft for the Mộ Đức demo producer (processed food: seven mandatory documents). */
    protected String newDraft(String roundId) {
        return newDraft(roundId, "producer.mo-duc", "PR-4300100001", "Mạch nha Mộ Đức", "FOOD_PROCESSED");
    }

    protected String newDraft(String roundId, String user, String producerId, String productName, String group) {
        HttpResponse<String> r = api().post("/api/v1/dossiers", """
                {"roundId":"%s","producerId":"%s","productName":"%s","productGroup":"%s","description":"Mô tả"}""".formatted(roundId, producerId, productName, group))
                .as(user)
                .send();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).get("id").asString();
    }

    protected JsonNode dossier(String id) {
        HttpResponse<String> r =
                api().get("/api/v1/dossiers/" + id).as("province.officer").send();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r);
    }

    protected List<String> missingDocuments(String id) {
        List<String> missing = new ArrayList<>();
        dossier(id).get("checklist").get("missing").forEach(n -> missing.add(n.asString()));
        return missing;
    }

    protected void attachAllRequired(String id, String user) {
        for (String type : missingDocuments(id)) {
            HttpResponse<String> r = upload(id, user, type, type.toLowerCase() + ".pdf", Files.pdf(type));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
    }

    protected String submittedDraft(String roundId) {
        String id = newDraft(roundId);
        attachAllRequired(id, "producer.mo-duc");
        post(id, "submit", "producer.mo-duc", null, 200);
        return id;
    }

    protected String acceptedDossier(String roundId) {
        String id = submittedDraft(roundId);
        post(id, "accept", "district.mo-duc", null, 200);
        return id;
    }

    protected HttpResponse<String> post(String id, String action, String user, String body, int expected) {
        HttpResponse<String> r = api().post("/api/v1/dossiers/" + id + "/" + action, body == null ? "{}" : body)
                .as(user)
                .send();
        assertThat(r.statusCode()).as(action + ": " + r.body()).isEqualTo(expected);
        return r;
    }

    protected HttpResponse<String> upload(
            String dossierId, String user, String documentType, String fileName, byte[] bytes) {
        return upload(dossierId, user, documentType, fileName, bytes, Map.of());
    }

    /** The same upload with extra request headers (an Idempotency-Key); a new multipart boundary each time. */
    protected HttpResponse<String> upload(
            String dossierId,
            String user,
            String documentType,
            String fileName,
            byte[] bytes,
            Map<String, String> headers) {
        String boundary = "----ocop" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"documentType\"\r\n\r\n" + documentType
                        + "\r\n");
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/pdf\r\n\r\n");
        body.writeBytes(bytes);
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/dossiers/" + dossierId + "/attachments"))
                .header("Authorization", "Bearer " + TestInfrastructure.token(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::header);
        return send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    protected HttpResponse<byte[]> download(String path, String user) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TestInfrastructure.token(user))
                .GET()
                .build();
        return send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request, handler);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
