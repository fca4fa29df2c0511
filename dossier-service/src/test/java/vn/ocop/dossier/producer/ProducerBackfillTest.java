package vn.ocop.dossier.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.platform.test.EventLog.assertContract;
import static vn.ocop.platform.test.EventLog.awaitEvents;
import static vn.ocop.platform.test.EventLog.text;
import static vn.ocop.platform.test.EventLog.typesOf;

import java.net.http.HttpResponse;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import vn.ocop.dossier.producer.application.ProducerAnnouncementBackfill;
import vn.ocop.dossier.producer.persistence.ProducerStore;
import vn.ocop.dossier.support.DossierServiceTestBase;

class ProducerBackfillTest extends DossierServiceTestBase {

    private static final String REGISTERED = "vn.ocop.dossier.producer-registered.v1";

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private ProducerAnnouncementBackfill backfill;

    @Test
    void announcesOnceEachProducerStoredBeforeTheEventExisted() {
        String fresh = register("4300300002", "HTX Đức Phong");
        awaitEvents(DOSSIER_TOPIC, fresh, REGISTERED);
        assertThat(stored(fresh)).containsEntry(ProducerStore.ANNOUNCED_VERSION, 1L);

        // a registered producer's document as it stands today, reshaped as the old code stored it
        Document old = stored(fresh);
        old.remove(ProducerStore.ANNOUNCED_VERSION);
        old.put("_id", "PR-4300300001");
        old.put("registrationNumber", "4300300001");
        old.put("name", "HTX Đức Minh");
        old.put("version", 3L);
        old.put("outbox", List.of());
        mongo.insert(old, ProducerStore.COLLECTION);

        // only the old one: the producer registered by the new code is marked announced already
        assertThat(backfill.announceUnannounced()).isEqualTo(1);
        var events = awaitEvents(DOSSIER_TOPIC, "PR-4300300001", REGISTERED);
        assertContract(events.get(0));
        JsonNode body = JSON.readTree(text(events.get(0)));
        assertThat(body.get("producerId").asString()).isEqualTo("PR-4300300001");
        assertThat(body.get("version").asLong()).isEqualTo(3);
        assertThat(body.get("name").asString()).isEqualTo("HTX Đức Minh");
        assertThat(body.get("districtCode").asString()).isEqualTo("533");
        assertThat(body.get("communeCode").asString()).isEqualTo("21406");
        assertThat(body.get("actor").asString()).isEqualTo("province.officer");
        assertThat(stored("PR-4300300001")).containsEntry(ProducerStore.ANNOUNCED_VERSION, 3L);

        assertThat(backfill.announceUnannounced()).isZero();
        // a later event on the topic: once it is there, anything the second run had written would be too
        awaitEvents(DOSSIER_TOPIC, register("4300300003", "HTX Đức Tân"), REGISTERED);
        assertThat(typesOf(DOSSIER_TOPIC, "PR-4300300001")).containsExactly(REGISTERED);
        assertThat(typesOf(DOSSIER_TOPIC, fresh)).containsExactly(REGISTERED);
    }

    @Test
    void anUpdateMarksTheNewVersionAnnounced() {
        String id = register("4300300004", "HTX Đức Nhuận");
        HttpResponse<String> moved = api().put("/api/v1/producers/" + id, """
                {"kind":"COOPERATIVE","name":"HTX Đức Nhuận","districtCode":"533","communeCode":"21403",\
                "contact":{"name":"Nguyễn Văn A","phone":"0912345678"}}""")
                .as("province.officer")
                .header("If-Match", "\"1\"")
                .send();
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(stored(id)).containsEntry(ProducerStore.ANNOUNCED_VERSION, 2L);
    }

    private String register(String registration, String name) {
        HttpResponse<String> r = api().post("/api/v1/producers", producerBody(registration, name, "533", "21406"))
                .as("province.officer")
                .send();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).get("id").asString();
    }

    private Document stored(String id) {
        return mongo.findById(id, Document.class, ProducerStore.COLLECTION);
    }
}
