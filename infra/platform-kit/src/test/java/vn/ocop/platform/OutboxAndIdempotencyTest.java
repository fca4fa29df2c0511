package vn.ocop.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.ocop.platform.test.TestInfrastructure;
import vn.ocop.platform.testapp.KitTestApplication;

class OutboxAndIdempotencyTest extends KitTestBase {

    private List<ConsumerRecord<String, byte[]>> recordsFor(String thingId) {
        return TestInfrastructure.readAll("ocop.dossier.events").stream()
                .filter(r -> thingId.equals(r.key()))
                .toList();
    }

    @Test
    void publishesTheWrittenEventOnceWithCloudEventHeadersAndEmptiesTheOutbox() {
        HttpResponse<String> created = api().post("/api/v1/things", "{\"name\":\"Tỏi Lý Sơn\"}")
                .as("province.officer")
                .send();
        assertThat(created.statusCode()).isEqualTo(201);
        String id = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        await().atMost(Duration.ofSeconds(20)).until(() -> recordsFor(id).size() == 1);
        ConsumerRecord<String, byte[]> r = recordsFor(id).get(0);
        assertThat(TestInfrastructure.header(r, "ce_type")).isEqualTo("vn.ocop.test.thing-created.v1");
        assertThat(TestInfrastructure.header(r, "ce_source")).isEqualTo("/ocop/kit-test");
        assertThat(TestInfrastructure.header(r, "ce_subject")).isEqualTo(id);
        assertThat(TestInfrastructure.header(r, "ce_specversion")).isEqualTo("1.0");
        assertThat(TestInfrastructure.header(r, "content-type")).isEqualTo("application/json");
        assertThat(UUID.fromString(TestInfrastructure.header(r, "ce_id"))).isNotNull();
        assertThat(new String(r.value(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Tỏi Lý Sơn");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> mongo.findById(id, Document.class, "things")
                        .getList("outbox", Document.class)
                        .isEmpty());
    }

    @Test
    void sweepPublishesEventsLeftInAnOutboxByACrashedWriter() {
        // what a process killed after its write and before its publish leaves behind
        String id = "left-" + UUID.randomUUID();
        mongo.insert(
                new Document("_id", id)
                        .append("version", 1)
                        .append(
                                "outbox",
                                List.of(new Document("id", UUID.randomUUID().toString())
                                        .append("type", "vn.ocop.test.thing-created.v1")
                                        .append("topic", "ocop.dossier.events")
                                        .append("key", id)
                                        .append("time", new java.util.Date())
                                        .append("payload", "{\"thingId\":\"" + id + "\"}"))),
                "things");
        await().atMost(Duration.ofSeconds(20)).until(() -> recordsFor(id).size() == 1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> mongo.findById(id, Document.class, "things")
                        .getList("outbox", Document.class)
                        .isEmpty());
        assertThat(recordsFor(id)).hasSize(1);
    }

    @Test
    void sweepTellsItsListenersBeforeItPublishesWhatAWriterLeftBehind() {
        KitTestApplication.SWEPT_COLLECTIONS.clear();
        String id = "left-" + UUID.randomUUID();
        mongo.insert(
                new Document("_id", id)
                        .append("version", 1)
                        .append(
                                "outbox",
                                List.of(new Document("id", UUID.randomUUID().toString())
                                        .append("type", "vn.ocop.test.thing-created.v1")
                                        .append("topic", "ocop.dossier.events")
                                        .append("key", id)
                                        .append("time", new java.util.Date())
                                        .append("payload", "{\"thingId\":\"" + id + "\"}"))),
                "things");
        await().atMost(Duration.ofSeconds(20)).until(() -> recordsFor(id).size() == 1);
        assertThat(KitTestApplication.SWEPT_COLLECTIONS).contains("things");
    }

    @Test
    void replayedIdempotencyKeyReturnsTheFirstResponseAndCreatesNothingNew() {
        String key = "key-" + UUID.randomUUID();
        HttpResponse<String> first = api().post("/api/v1/things", "{\"name\":\"Mạch nha\"}")
                .as("district.mo-duc")
                .header("Idempotency-Key", key)
                .send();
        HttpResponse<String> again = api().post("/api/v1/things", "{\"name\":\"Mạch nha\"}")
                .as("district.mo-duc")
                .header("Idempotency-Key", key)
                .send();
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Idempotency-Replayed")).contains("true");
        assertThat(mongo.count(Query.query(Criteria.where("name").is("Mạch nha")), "things"))
                .isEqualTo(1);

        HttpResponse<String> otherBody = api().post("/api/v1/things", "{\"name\":\"Khác\"}")
                .as("district.mo-duc")
                .header("Idempotency-Key", key)
                .send();
        assertThat(otherBody.statusCode()).isEqualTo(422);
        assertThat(otherBody.body()).contains("idempotency-key-reused");
        assertThat(mongo.count(Query.query(Criteria.where("name").is("Khác")), "things"))
                .isZero();
    }

    @Test
    void rateLimitAnswers429WithRetryAfterOnceTheBucketIsEmpty() {
        String token = TestInfrastructure.issuer()
                .mint(
                        java.util.Map.of("sub", "rate-" + UUID.randomUUID(), "roles", List.of("COMMUNE_OFFICER")),
                        Duration.ofMinutes(5));
        int[] statuses = new int[4];
        for (int i = 0; i < 4; i++) {
            statuses[i] = api().post("/api/v1/things", "{\"name\":\"n" + i + "\"}")
                    .bearer(token)
                    .send()
                    .statusCode();
        }
        assertThat(statuses).containsExactly(201, 201, 201, 429);
        HttpResponse<String> limited =
                api().post("/api/v1/things", "{\"name\":\"x\"}").bearer(token).send();
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(limited.body()).contains("\"detail_vi\"");
    }
}
