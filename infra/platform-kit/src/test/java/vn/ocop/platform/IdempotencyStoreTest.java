package vn.ocop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.ocop.platform.test.TestInfrastructure;
import vn.ocop.platform.web.IdempotencyKeyFilter;

/** The Idempotency-Key store: entries expire, a crashed request does not block its key, multipart works. */
class IdempotencyStoreTest extends KitTestBase {

    private static final String COLLECTION = "idempotency_keys";

    private record Caller(String id, String token) {
        static Caller fresh() {
            String id = "idem-" + UUID.randomUUID();
            return new Caller(
                    id,
                    TestInfrastructure.issuer()
                            .mint(Map.of("sub", id, "roles", List.of("PROVINCE_OFFICER")), Duration.ofMinutes(5)));
        }
    }

    private HttpResponse<String> createThing(Caller caller, String key, String name) {
        return api().post("/api/v1/things", "{\"name\":\"" + name + "\"}")
                .bearer(caller.token())
                .header(IdempotencyKeyFilter.HEADER, key)
                .send();
    }

    private long things(String name) {
        return mongo.count(Query.query(Criteria.where("name").is(name)), "things");
    }

    private Document entry(Caller caller, String path, String key) {
        return mongo.findById(IdempotencyKeyFilter.entryId(caller.id(), path, key), Document.class, COLLECTION);
    }

    private void setExpiry(Caller caller, String key, Instant expiresAt) {
        mongo.getCollection(COLLECTION)
                .updateOne(
                        new Document("_id", IdempotencyKeyFilter.entryId(caller.id(), "/api/v1/things", key)),
                        new Document("$set", new Document("expiresAt", Date.from(expiresAt))));
    }

    @Test
    void entriesCarryATtlIndexSoThatMongoDbDeletesThem() {
        createThing(Caller.fresh(), "key-" + UUID.randomUUID(), "ttl index");
        List<Document> indexes = mongo.getCollection(COLLECTION).listIndexes().into(new java.util.ArrayList<>());
        assertThat(indexes).anySatisfy(index -> {
            assertThat(index.get("key", Document.class)).containsEntry("expiresAt", 1);
            assertThat(((Number) index.get("expireAfterSeconds")).longValue()).isZero();
        });
    }

    @Test
    void storedResponseExpiresAfterTheTtl() {
        Caller caller = Caller.fresh();
        String key = "key-" + UUID.randomUUID();
        Instant before = Instant.now();
        assertThat(createThing(caller, key, "Nước mắm").statusCode()).isEqualTo(201);

        Document stored = entry(caller, "/api/v1/things", key);
        assertThat(stored.getString("state")).isEqualTo("DONE");
        assertThat(stored.getDate("expiresAt").toInstant())
                .isBetween(before.plus(Duration.ofHours(24)), Instant.now().plus(Duration.ofHours(24)));
    }

    @Test
    void expiredEntryIsNotReplayedAndTheRequestIsProcessedAgain() {
        Caller caller = Caller.fresh();
        String key = "key-" + UUID.randomUUID();
        String name = "Quế Trà Bồng " + UUID.randomUUID();
        HttpResponse<String> first = createThing(caller, key, name);
        assertThat(first.statusCode()).isEqualTo(201);
        // what the store still holds when MongoDB has not deleted it yet (the embedded store never does)
        setExpiry(caller, key, Instant.now().minusSeconds(1));

        HttpResponse<String> later = createThing(caller, key, name);

        assertThat(later.statusCode()).isEqualTo(201);
        assertThat(later.headers().firstValue("Idempotency-Replayed")).isEmpty();
        assertThat(later.body()).isNotEqualTo(first.body());
        assertThat(things(name)).isEqualTo(2);
        assertThat(entry(caller, "/api/v1/things", key).getDate("expiresAt").toInstant())
                .isAfter(Instant.now());
    }

    @Test
    void pendingEntryLeftByACrashExpiresAndTheKeyCanBeUsedAgain() {
        Caller caller = Caller.fresh();
        String key = "key-" + UUID.randomUUID();
        String name = "Tỏi Lý Sơn " + UUID.randomUUID();
        String id = IdempotencyKeyFilter.entryId(caller.id(), "/api/v1/things", key);
        Instant crashed = Instant.now().minus(Duration.ofMinutes(3));
        mongo.insert(
                new Document("_id", id)
                        .append("state", "PENDING")
                        .append("attempt", "crashed")
                        .append("bodyHash", "whatever")
                        .append("createdAt", Date.from(crashed))
                        .append("expiresAt", Date.from(crashed.plus(Duration.ofMinutes(2)))),
                COLLECTION);

        HttpResponse<String> r = createThing(caller, key, name);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(things(name)).isEqualTo(1);
        assertThat(entry(caller, "/api/v1/things", key).getString("state")).isEqualTo("DONE");
    }

    @Test
    void pendingEntryWithinItsBoundStillAnswers409() {
        Caller caller = Caller.fresh();
        String key = "key-" + UUID.randomUUID();
        String name = "Mạch nha " + UUID.randomUUID();
        mongo.insert(
                new Document("_id", IdempotencyKeyFilter.entryId(caller.id(), "/api/v1/things", key))
                        .append("state", "PENDING")
                        .append("attempt", "running")
                        .append("bodyHash", "whatever")
                        .append("createdAt", new Date())
                        .append("expiresAt", Date.from(Instant.now().plusSeconds(60))),
                COLLECTION);

        HttpResponse<String> r = createThing(caller, key, name);

        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("idempotency-in-progress").contains("detail_vi");
        assertThat(things(name)).isZero();
    }

    @Test
    void multipartUploadWithAKeyIsProcessedAndItsReplayReturnsTheSameResponse() {
        Caller caller = Caller.fresh();
        String key = "upload-" + UUID.randomUUID();
        String note = "giấy phép " + UUID.randomUUID();

        HttpResponse<String> first = upload(caller, key, note, "%PDF-1.4 first".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> again = upload(caller, key, note, "%PDF-1.4 first".getBytes(StandardCharsets.UTF_8));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.body()).contains("\"size\":14");
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Idempotency-Replayed")).contains("true");
        assertThat(mongo.count(Query.query(Criteria.where("name").is(note + ":giay-phep.pdf")), "uploads"))
                .isEqualTo(1);

        HttpResponse<String> otherFile = upload(caller, key, note, "%PDF-1.4 other".getBytes(StandardCharsets.UTF_8));
        assertThat(otherFile.statusCode()).isEqualTo(422);
    }

    @Test
    void multipartUploadOverTheLimitWithAKeyIs413AndNothingIsStoredUnderTheKey() {
        Caller caller = Caller.fresh();
        String key = "upload-" + UUID.randomUUID();

        HttpResponse<String> r = upload(caller, key, "quá lớn", new byte[1536 * 1024]);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(entry(caller, "/api/v1/things/uploads", key)).isNull();
    }

    @Test
    void chunkedBodyBeyondTheBoundWithAKeyIs413InsteadOfBeingBufferedWhole() throws Exception {
        Caller caller = Caller.fresh();
        String key = "key-" + UUID.randomUUID();
        byte[] json = ("{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/things"))
                .header("Authorization", "Bearer " + caller.token())
                .header(IdempotencyKeyFilter.HEADER, key)
                .header("Content-Type", "application/json")
                // no Content-Length: the filter cannot tell the size before reading
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(json)))
                .build();

        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(r.body()).contains("\"code\":\"too-large\"").contains("detail_vi");
        assertThat(entry(caller, "/api/v1/things", key)).isNull();
    }

    private HttpResponse<String> upload(Caller caller, String key, String note, byte[] file) {
        String boundary = "----kit" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n" + note
                        + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"giay-phep.pdf\""
                        + "\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/things/uploads"))
                .header("Authorization", "Bearer " + caller.token())
                .header(IdempotencyKeyFilter.HEADER, key)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
