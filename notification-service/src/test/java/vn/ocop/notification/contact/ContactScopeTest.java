package vn.ocop.notification.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import vn.ocop.notification.channel.DeliveryChannel;
import vn.ocop.notification.support.NotificationTestBase;
import vn.ocop.notification.template.Language;
import vn.ocop.platform.test.TestInfrastructure;

/**
 * Every scope field of a contact (district, commune, unit, producer) lies in the caller's area and agrees with the
 * others, on create, update and delete: a Ba Tơ officer (535) cannot point Mộ Đức's (533) alerts at an address of
 * their choosing. Producers are known from dossier-service's producer-registered events (the fixture registers
 * PR-4300100001 in Mộ Đức, PR-4300100002 in Ba Tơ).
 */
class ContactScopeTest extends NotificationTestBase {

    private static final String PRODUCER_REGISTERED = "vn.ocop.dossier.producer-registered.v1";

    // ---- create, as the Ba Tơ district officer ------------------------------------------------------------------

    @Test
    void refusesContactForProducerOfAnotherDistrict() {
        String id = newId();
        HttpResponse<String> r = create("district.ba-to", """
                {"id":"%s","name":"Chủ thể","role":"PRODUCER","producerId":"PR-4300100001","districtCode":"535",
                 "email":"divert@example.com","channels":["EMAIL"]}""".formatted(id));

        assertRefused(r, 403, "producerId");
        assertNotStored(id);
    }

    @Test
    void refusesContactForUnknownProducerNamingTheFieldInBothLanguages() {
        String id = newId();
        HttpResponse<String> r = create("district.ba-to", """
                {"id":"%s","name":"Chủ thể","role":"PRODUCER","producerId":"PR-4399999999","districtCode":"535",
                 "email":"nobody@example.com","channels":["EMAIL"]}""".formatted(id));

        JsonNode problem = assertRefused(r, 422, "producerId");
        assertThat(problem.get("code").asString()).isEqualTo("unknown-producer");
        assertThat(problem.get("errors").get(0).get("reason").asString()).isEqualTo("is not a registered producer");
        assertThat(problem.get("errors").get(0).get("reason_vi").asString()).isEqualTo("không phải chủ thể đã đăng ký");
        assertNotStored(id);
    }

    @Test
    void refusesContactInACommuneOfAnotherDistrict() {
        String id = newId();
        HttpResponse<String> r = create("district.ba-to", """
                {"id":"%s","name":"Cán bộ xã","role":"COMMUNE_OFFICER","districtCode":"535","communeCode":"21403",
                 "email":"divert@example.gov.vn","channels":["EMAIL"]}""".formatted(id));

        assertRefused(r, 403, "communeCode");
        assertNotStored(id);
    }

    @Test
    void refusesContactForAnotherDistrictsUnitOrADepartment() {
        for (String unit : List.of("DIST-533", "DARD")) {
            String id = newId();
            HttpResponse<String> r = create("district.ba-to", """
                    {"id":"%s","name":"Báo cáo viên","role":"UNIT_REPORTER","districtCode":"535","unitCode":"%s",
                     "email":"divert@example.gov.vn","channels":["EMAIL"]}""".formatted(id, unit));

            assertRefused(r, 403, "unitCode");
            assertNotStored(id);
        }
    }

    @Test
    void refusesContactOfAnotherDistrict() {
        String id = newId();
        HttpResponse<String> r = create("district.ba-to", """
                {"id":"%s","name":"Cán bộ huyện","role":"DISTRICT_OFFICER","districtCode":"533",
                 "email":"divert@example.gov.vn","channels":["EMAIL"]}""".formatted(id));

        assertRefused(r, 403, "districtCode");
        assertNotStored(id);
    }

    @Test
    void acceptsContactsWhoseEveryFieldLiesInTheOfficersDistrict() {
        for (String body : List.of("""
                {"id":"%s","name":"HTX Ba Điền","role":"PRODUCER","producerId":"PR-4300100002","districtCode":"535",
                 "communeCode":"21487","email":"htx.badien@example.com","channels":["EMAIL"]}""", """
                {"id":"%s","name":"Cán bộ xã Ba Điền","role":"COMMUNE_OFFICER","districtCode":"535",
                 "communeCode":"21487","email":"xa.badien@example.gov.vn","channels":["EMAIL"]}""", """
                {"id":"%s","name":"Báo cáo viên Ba Tơ","role":"UNIT_REPORTER","districtCode":"535",
                 "unitCode":"DIST-535","email":"baocao.bato@example.gov.vn","channels":["EMAIL"]}""")) {
            String id = newId();
            HttpResponse<String> r = create("district.ba-to", body.formatted(id));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            assertThat(mongo.findById(id, Document.class, "contacts")).isNotNull();
        }
    }

    // ---- create, province-wide: the fields must still name one place ---------------------------------------------

    @Test
    void provinceContactsMustNameOnePlace() {
        record Case(String body, int status, String field) {}
        for (Case c : List.of(
                new Case(
                        "\"role\":\"COMMUNE_OFFICER\",\"districtCode\":\"535\",\"communeCode\":\"21403\"",
                        400,
                        "communeCode"),
                new Case(
                        "\"role\":\"COMMUNE_OFFICER\",\"districtCode\":\"533\",\"communeCode\":\"99999\"",
                        400,
                        "communeCode"),
                new Case("\"role\":\"DISTRICT_OFFICER\",\"districtCode\":\"999\"", 400, "districtCode"),
                new Case(
                        "\"role\":\"PRODUCER\",\"producerId\":\"PR-4300100001\",\"districtCode\":\"535\"",
                        400,
                        "producerId"),
                new Case(
                        "\"role\":\"PRODUCER\",\"producerId\":\"PR-4300100001\",\"districtCode\":\"533\","
                                + "\"communeCode\":\"21406\"",
                        400,
                        "communeCode"),
                new Case("\"role\":\"PRODUCER\",\"producerId\":\"PR-4399999998\"", 422, "producerId"),
                new Case(
                        "\"role\":\"UNIT_REPORTER\",\"districtCode\":\"535\",\"unitCode\":\"DIST-533\"",
                        400,
                        "unitCode"),
                new Case("\"role\":\"UNIT_REPORTER\",\"unitCode\":\"XYZ\"", 400, "unitCode"),
                new Case(
                        "\"role\":\"UNIT_REPORTER\",\"districtCode\":\"533\",\"unitCode\":\"DOIT\"",
                        400,
                        "districtCode"))) {
            String id = newId();
            HttpResponse<String> r = create(
                    "province.officer",
                    "{\"id\":\"" + id + "\",\"name\":\"Liên hệ\"," + c.body()
                            + ",\"email\":\"lien.he@example.gov.vn\",\"channels\":[\"EMAIL\"]}");
            assertRefused(r, c.status(), c.field());
            assertNotStored(id);
        }
        HttpResponse<String> consistent = create("province.officer", """
                {"id":"%s","name":"HTX Đức Lợi","role":"PRODUCER","producerId":"PR-4300100001","districtCode":"533",
                 "communeCode":"21403","email":"htx.ducloi@example.com","channels":["EMAIL"]}""".formatted(newId()));
        assertThat(consistent.statusCode()).as(consistent.body()).isEqualTo(201);
    }

    // ---- update and delete ---------------------------------------------------------------------------------------

    @Test
    void districtOfficerCannotMoveTheirContactOutOfTheirDistrict() {
        String id = newId();
        assertThat(create("district.ba-to", """
                {"id":"%s","name":"Cán bộ xã Ba Điền","role":"COMMUNE_OFFICER","districtCode":"535",
                 "communeCode":"21487","email":"xa.badien@example.gov.vn","channels":["EMAIL"]}""".formatted(id)).statusCode()).isEqualTo(201);
        record Move(String fields, String field) {}
        for (Move move : List.of(
                new Move(
                        "\"role\":\"COMMUNE_OFFICER\",\"districtCode\":\"533\",\"communeCode\":\"21403\"",
                        "districtCode"),
                new Move(
                        "\"role\":\"COMMUNE_OFFICER\",\"districtCode\":\"535\",\"communeCode\":\"21403\"",
                        "communeCode"),
                new Move(
                        "\"role\":\"PRODUCER\",\"districtCode\":\"535\",\"producerId\":\"PR-4300100001\"",
                        "producerId"),
                new Move(
                        "\"role\":\"UNIT_REPORTER\",\"districtCode\":\"535\",\"unitCode\":\"DIST-533\"", "unitCode"))) {
            HttpResponse<String> r = api().put(
                            "/api/v1/contacts/" + id,
                            "{\"name\":\"Cán bộ xã\"," + move.fields()
                                    + ",\"email\":\"divert@example.gov.vn\",\"channels\":[\"EMAIL\"],\"version\":1}")
                    .as("district.ba-to")
                    .send();
            assertRefused(r, 403, move.field());
        }
        Document stored = mongo.findById(id, Document.class, "contacts");
        assertThat(stored.get("version", Number.class).longValue()).isEqualTo(1);
        assertThat(stored.getString("communeCode")).isEqualTo("21487");
        assertThat(stored.getString("email")).isEqualTo("xa.badien@example.gov.vn");
    }

    @Test
    void districtOfficerCannotEditOrDeleteAnotherDistrictsContact() {
        HttpResponse<String> edit = api().put("/api/v1/contacts/ct-commune-21403", """
                {"name":"Cán bộ xã","role":"COMMUNE_OFFICER","districtCode":"535","communeCode":"21487",
                 "email":"divert@example.gov.vn","channels":["EMAIL"],"version":1}""")
                .as("district.ba-to")
                .send();
        assertThat(edit.statusCode()).as(edit.body()).isEqualTo(404);
        assertThat(api().delete("/api/v1/contacts/ct-commune-21403")
                        .as("district.ba-to")
                        .send()
                        .statusCode())
                .isEqualTo(404);

        Document stored = mongo.findById("ct-commune-21403", Document.class, "contacts");
        assertThat(stored.getString("districtCode")).isEqualTo("533");
        assertThat(stored.getString("email")).isEqualTo("ocop.xa21403@example.gov.vn");
    }

    @Test
    void aStoredContactNamingAnotherDistrictsProducerIsNeitherEditedNorDeletedByTheDistrict() {
        // written before the rule existed: filed under Ba Tơ, speaking for a Mộ Đức producer
        String id = newId();
        mongo.insert(
                new Contact(
                        id,
                        "Chuyển hướng",
                        ContactRole.PRODUCER,
                        "535",
                        null,
                        null,
                        "PR-4300100001",
                        "divert@example.com",
                        null,
                        List.of(DeliveryChannel.EMAIL),
                        Language.VI,
                        null,
                        1),
                "contacts");

        assertRefused(
                api().delete("/api/v1/contacts/" + id).as("district.ba-to").send(), 403, "producerId");
        assertRefused(
                api().put("/api/v1/contacts/" + id, """
                {"name":"Chuyển hướng","role":"PRODUCER","producerId":"PR-4300100002","districtCode":"535",
                 "email":"divert@example.com","channels":["EMAIL"],"version":1}""").as("district.ba-to").send(), 403, "producerId");
        assertThat(mongo.findById(id, Document.class, "contacts").getString("producerId"))
                .isEqualTo("PR-4300100001");

        assertThat(api().delete("/api/v1/contacts/" + id)
                        .as("province.officer")
                        .send()
                        .statusCode())
                .isEqualTo(204);
        assertNotStored(id);
    }

    // ---- the producer registry -----------------------------------------------------------------------------------

    @Test
    void aProducerBecomesKnownFromItsRegisteredEventAndOnlyItsLatestVersionCounts() {
        String producerId =
                "PR-43007" + String.format("%05d", Math.abs(UUID.randomUUID().hashCode() % 100_000));
        String body = """
                {"id":"%s","name":"HTX mới","role":"PRODUCER","producerId":"%s","districtCode":"535",
                 "communeCode":"21487","email":"htx.moi@example.com","channels":["EMAIL"]}""";
        assertRefused(create("district.ba-to", body.formatted(newId(), producerId)), 422, "producerId");

        publish("ocop.dossier.events", PRODUCER_REGISTERED, producerId, registered(producerId, 1, "535", "21487"));
        String id = newId();
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        create("district.ba-to", body.formatted(id, producerId)).statusCode() == 201);

        // it moves to Mộ Đức (version 2); a late copy of version 1 changes nothing
        publish("ocop.dossier.events", PRODUCER_REGISTERED, producerId, registered(producerId, 2, "533", "21403"));
        publish("ocop.dossier.events", PRODUCER_REGISTERED, producerId, registered(producerId, 1, "535", "21487"));
        String marker = "PR-43008" + producerId.substring(8);
        publish("ocop.dossier.events", PRODUCER_REGISTERED, producerId, registered(marker, 1, "535", "21487"));
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(marker, Document.class, "producers") != null);

        Document known = mongo.findById(producerId, Document.class, "producers");
        assertThat(known.get("version", Number.class).longValue()).isEqualTo(2);
        assertThat(known.getString("districtCode")).isEqualTo("533");
        assertThat(known.keySet()).doesNotContain("contact", "phone", "email", "address");
        assertRefused(create("district.ba-to", body.formatted(newId(), producerId)), 403, "producerId");
        assertThat(TestInfrastructure.readAll("ocop.dossier.events.notification-service.dlq").stream()
                        .filter(r -> producerId.equals(r.key())))
                .isEmpty();
    }

    private static String registered(String producerId, long version, String district, String commune) {
        var body = example(PRODUCER_REGISTERED);
        body.put("producerId", producerId);
        body.put("registrationNumber", producerId.substring(3));
        body.put("version", version);
        body.put("districtCode", district);
        body.put("communeCode", commune);
        return JSON.writeValueAsString(body);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private HttpResponse<String> create(String user, String body) {
        return api().post("/api/v1/contacts", body).as(user).send();
    }

    private JsonNode assertRefused(HttpResponse<String> r, int status, String field) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.get("errors").findValuesAsString("field"))
                .as(r.body())
                .contains(field);
        assertThat(problem.get("errors").get(0).get("reason_vi").asString()).isNotBlank();
        assertThat(problem.get("detail_vi").asString()).isNotBlank();
        return problem;
    }

    private void assertNotStored(String id) {
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(id)), "contacts"))
                .isZero();
    }

    private static String newId() {
        return "ct-scope-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
