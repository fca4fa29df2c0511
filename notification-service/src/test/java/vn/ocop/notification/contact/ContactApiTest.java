package vn.ocop.notification.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import vn.ocop.notification.support.NotificationTestBase;

class ContactApiTest extends NotificationTestBase {

    private JsonNode json(String body) {
        return JSON.readTree(body);
    }

    @Test
    void aNullChannelIsRefusedNamingItsPosition() {
        String id = "ct-null-" + UUID.randomUUID().toString().substring(0, 8);
        var response =
                api().post("/api/v1/contacts", """
                {"id":"%s","name":"Cán bộ","role":"DISTRICT_OFFICER","districtCode":"533",
                 "email":"a.533@example.gov.vn","channels":[null]}""".formatted(id)).as("operator").send();

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json(response.body());
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("channels[0]");
        assertThat(problem.get("errors").get(0).get("reason").asString()).isNotBlank();
        assertThat(problem.get("errors").get(0).get("reason_vi").asString()).isNotBlank();
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(id)), "contacts"))
                .isZero();
    }

    @Test
    void addressesAreMaskedByDefaultAndRevealedOnlyToTheProvinceOrTheirOwner() {
        JsonNode masked = json(api().get("/api/v1/contacts/ct-dist-533")
                .as("province.officer")
                .send()
                .body());
        assertThat(masked.get("email").asString()).isEqualTo("o***@example.gov.vn");
        assertThat(masked.get("phone").asString()).isEqualTo("09*****533");

        JsonNode province = json(api().get("/api/v1/contacts/ct-dist-533?reveal=true")
                .as("province.officer")
                .send()
                .body());
        assertThat(province.get("phone").asString()).isEqualTo("0900000533");

        JsonNode owner = json(api().get("/api/v1/contacts/ct-dist-533?reveal=true")
                .as("district.mo-duc")
                .send()
                .body());
        assertThat(owner.get("email").asString()).isEqualTo("ocop.huyen533@example.gov.vn");

        JsonNode colleague = json(api().get("/api/v1/contacts/ct-unit-dist-533?reveal=true")
                .as("district.mo-duc")
                .send()
                .body());
        assertThat(colleague.get("masked").asBoolean()).isTrue();
        assertThat(colleague.get("phone").asString()).isEqualTo("09*****533");
    }

    @Test
    void districtOfficerSeesAndManagesOnlyTheirOwnDistrict() {
        assertThat(api().get("/api/v1/contacts/ct-dist-535")
                        .as("district.mo-duc")
                        .send()
                        .statusCode())
                .isEqualTo(404);
        String list = api().get("/api/v1/contacts?limit=500")
                .as("district.mo-duc")
                .send()
                .body();
        for (JsonNode contact : json(list)) {
            assertThat(contact.get("districtCode").asString()).isEqualTo("533");
        }
        var otherDistrict =
                api().post("/api/v1/contacts", """
                {"name":"Cán bộ Ba Tơ","role":"DISTRICT_OFFICER","districtCode":"535","email":"x.535@example.gov.vn",
                 "channels":["EMAIL"]}""").as("district.mo-duc").send();
        assertThat(otherDistrict.statusCode()).isEqualTo(403);
        var provinceRole =
                api().post("/api/v1/contacts", """
                {"name":"Sở","role":"PROVINCE_OFFICER","districtCode":"533","email":"so@example.gov.vn",
                 "channels":["EMAIL"]}""").as("district.mo-duc").send();
        assertThat(provinceRole.statusCode()).isEqualTo(403);

        String id = "ct-test-" + UUID.randomUUID().toString().substring(0, 8);
        var own = api().post("/api/v1/contacts", """
                {"id":"%s","name":"Cán bộ xã Đức Lân","role":"COMMUNE_OFFICER","districtCode":"533",
                 "communeCode":"21436","phone":"+84 900 111 222","channels":["SMS"]}""".formatted(id))
                .as("district.mo-duc")
                .send();
        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
        var updated =
                api().put("/api/v1/contacts/" + id, """
                {"name":"Cán bộ xã Đức Lân","role":"COMMUNE_OFFICER","districtCode":"533","communeCode":"21436",
                 "phone":"0900111223","channels":["SMS"],"language":"en","version":1}""").as("district.mo-duc").send();
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(json(updated.body()).get("version").asLong()).isEqualTo(2);
        assertThat(api().put("/api/v1/contacts/" + id, """
                {"name":"Cán bộ xã Đức Lân","role":"COMMUNE_OFFICER","districtCode":"533","communeCode":"21436",
                 "phone":"0900111224","channels":["SMS"],"version":1}""")
                        .as("district.mo-duc")
                        .send()
                        .statusCode())
                .isEqualTo(412);
        assertThat(api().delete("/api/v1/contacts/" + id)
                        .as("district.ba-to")
                        .send()
                        .statusCode())
                .isEqualTo(404);
        assertThat(api().delete("/api/v1/contacts/" + id)
                        .as("district.mo-duc")
                        .send()
                        .statusCode())
                .isEqualTo(204);
    }

    @Test
    void invalidPhoneAndEmailAreRefusedWithoutEchoingThem() {
        var response = api().post("/api/v1/contacts", """
                {"name":"Sai","role":"PRODUCER","producerId":"PR-1","phone":"0912-34","email":"abc@@example",
                 "channels":["SMS","EMAIL"]}""").as("operator").send();
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json(response.body());
        assertThat(problem.get("errors").findValuesAsString("field")).contains("phone", "email");
        assertThat(response.body()).doesNotContain("0912-34").doesNotContain("abc@@example");
    }

    @Test
    void producersAndCommuneOfficersCannotUseTheDirectory() {
        for (String user : List.of("producer.mo-duc", "commune.duc-loi", "reporter.dard")) {
            assertThat(api().get("/api/v1/contacts").as(user).send().statusCode())
                    .as(user)
                    .isEqualTo(403);
            assertThat(api().get("/api/v1/deliveries").as(user).send().statusCode())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(api().get("/api/v1/contacts").send().statusCode()).isEqualTo(401);
    }

    @Test
    void districtOfficerSeesOnlyTheirDistrictsDeliveriesWithMaskedRecipients() {
        String moDuc = submittedIn("533");
        String baTo = submittedIn("535");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() ->
                        deliveriesOf(moDuc).size() == 2 && deliveriesOf(baTo).size() == 2);

        String body = api().get("/api/v1/deliveries?limit=1000&eventType=vn.ocop.dossier.submitted.v1")
                .as("district.mo-duc")
                .send()
                .body();
        List<String> events = new java.util.ArrayList<>();
        for (JsonNode delivery : json(body)) {
            assertThat(delivery.get("districtCode").asString()).isEqualTo("533");
            assertThat(delivery.get("recipient").asString()).contains("*").doesNotContain("0900000533");
            events.add(delivery.get("sourceEventId").asString());
        }
        assertThat(events).contains(moDuc).doesNotContain(baTo);
    }

    private static String submittedIn(String district) {
        var body = example("vn.ocop.dossier.submitted.v1");
        String dossierId = "dos-" + UUID.randomUUID();
        body.put("dossierId", dossierId);
        body.put("districtCode", district);
        return publish("ocop.dossier.events", "vn.ocop.dossier.submitted.v1", dossierId, body);
    }
}
