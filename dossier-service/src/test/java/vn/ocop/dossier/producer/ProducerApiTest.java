package vn.ocop.dossier.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.platform.test.EventLog.assertContract;
import static vn.ocop.platform.test.EventLog.awaitEvents;
import static vn.ocop.platform.test.EventLog.text;
import static vn.ocop.platform.test.EventLog.typesOf;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.ocop.dossier.support.DossierServiceTestBase;

class ProducerApiTest extends DossierServiceTestBase {

    @Test
    void registersAProducerWhoseIdDerivesFromTheRegistrationNumber() {
        HttpResponse<String> r = api().post(
                        "/api/v1/producers", producerBody("4300200001", "HTX Đức Thắng", "533", "21406"))
                .as("district.mo-duc")
                .send();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode p = json(r);
        assertThat(p.get("id").asString()).isEqualTo("PR-4300200001");
        assertThat(p.get("districtName").asString()).isEqualTo("Huyện Mộ Đức");
        assertThat(p.get("communeName").asString()).isEqualTo("Xã Đức Thắng");
        assertThat(r.headers().firstValue("ETag")).hasValue("\"1\"");
    }

    @Test
    void refusesADuplicateRegistrationNumberNamingTheField() {
        HttpResponse<String> r = api().post("/api/v1/producers", producerBody("4300100001", "Trùng số", "533", "21403"))
                .as("province.officer")
                .send();
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(json(r).get("field").asString()).isEqualTo("registrationNumber");
        assertThat(json(r).get("errors").get(0).get("field").asString()).isEqualTo("registrationNumber");
        assertThat(json(api().get("/api/v1/producers/PR-4300100001")
                                .as("province.officer")
                                .send())
                        .get("name")
                        .asString())
                .isEqualTo("HTX Nông nghiệp Đức Lợi");
    }

    @Test
    void communeIsRequiredExceptWhereTheDistrictAllowsNone() {
        HttpResponse<String> noCommune = api().post(
                        "/api/v1/producers", producerBody("4300200002", "Cơ sở A", "533", null))
                .as("province.officer")
                .send();
        assertThat(noCommune.statusCode()).isEqualTo(400);
        assertThat(noCommune.body()).contains("communeCode");
        HttpResponse<String> lySon = api().post(
                        "/api/v1/producers", producerBody("4300200003", "Cơ sở hành Lý Sơn", "536", null))
                .as("district.ly-son")
                .send();
        assertThat(lySon.statusCode()).as(lySon.body()).isEqualTo(201);
        HttpResponse<String> wrongCommune = api().post(
                        "/api/v1/producers", producerBody("4300200004", "Cơ sở B", "533", "21487"))
                .as("province.officer")
                .send();
        assertThat(wrongCommune.statusCode()).isEqualTo(400);
    }

    @Test
    void officersRegisterOnlyWithinTheirArea() {
        assertThat(api().post("/api/v1/producers", producerBody("4300200005", "HTX C", "535", "21487"))
                        .as("district.mo-duc")
                        .send()
                        .statusCode())
                .isEqualTo(403);
        assertThat(api().post("/api/v1/producers", producerBody("4300200006", "HTX D", "533", "21406"))
                        .as("commune.duc-loi")
                        .send()
                        .statusCode())
                .isEqualTo(403);
        assertThat(api().post("/api/v1/producers", producerBody("4300200007", "HTX E", "533", "21403"))
                        .as("producer.mo-duc")
                        .send()
                        .statusCode())
                .isEqualTo(403);
        assertThat(api().get("/api/v1/producers/PR-4300100002")
                        .as("district.mo-duc")
                        .send()
                        .statusCode())
                .isEqualTo(404);
        assertThat(api().get("/api/v1/producers/PR-4300100001")
                        .as("producer.mo-duc")
                        .send()
                        .statusCode())
                .isEqualTo(200);
        assertThat(api().get("/api/v1/producers/PR-4300100002")
                        .as("producer.mo-duc")
                        .send()
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void updateNeedsIfMatchAndRefusesAStaleOne() {
        api().post("/api/v1/producers", producerBody("4300200008", "HTX Cũ", "535", "21487"))
                .as("district.ba-to")
                .send();
        String update = """
                {"kind":"ENTERPRISE","name":"Công ty Mới","districtCode":"535","communeCode":"21487",\
                "contact":{"name":"Trần Thị B","phone":"0905123456"}}""";
        String path = "/api/v1/producers/PR-4300200008";
        assertThat(api().put(path, update).as("district.ba-to").send().statusCode())
                .isEqualTo(428);
        assertThat(api().put(path, update)
                        .as("district.ba-to")
                        .header("If-Match", "\"7\"")
                        .send()
                        .statusCode())
                .isEqualTo(412);
        HttpResponse<String> ok = api().put(path, update)
                .as("district.ba-to")
                .header("If-Match", "\"1\"")
                .send();
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(ok.headers().firstValue("ETag")).hasValue("\"2\"");
        assertThat(json(ok).get("updatedBy").asString()).isEqualTo("district.ba-to");
        assertThat(api().put(path, update.replace("Công ty Mới", "Lần hai"))
                        .as("district.ba-to")
                        .header("If-Match", "\"1\"")
                        .send()
                        .statusCode())
                .isEqualTo(412);
        assertThat(json(api().get(path).as("district.ba-to").send()).get("name").asString())
                .isEqualTo("Công ty Mới");
        assertThat(api().put(path, update.replace("\"kind\"", "\"registrationNumber\":\"1\",\"kind\""))
                        .as("district.ba-to")
                        .header("If-Match", "\"2\"")
                        .send()
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void searchIgnoresAccentsAndMatchesEveryWord() {
        JsonNode found = json(api().get("/api/v1/producers?q=toi%20ly%20son")
                .as("province.officer")
                .send());
        assertThat(found.get("items").toString()).contains("Cơ sở Tỏi Lý Sơn");
        assertThat(found.get("items").toString()).doesNotContain("Đức Lợi");
        JsonNode none = json(api().get("/api/v1/producers?q=toi%20duc")
                .as("province.officer")
                .send());
        assertThat(none.get("total").asLong()).isZero();
        JsonNode dLetter = json(api().get("/api/v1/producers?q=duc%20loi")
                .as("province.officer")
                .send());
        assertThat(dLetter.get("items").toString()).contains("HTX Nông nghiệp Đức Lợi");
    }

    @Test
    void paginationIsStableByNameThenId() {
        for (int i = 0; i < 5; i++) {
            api().post(
                            "/api/v1/producers",
                            producerBody("43009000" + i + "0", "HTX Trang " + (char) ('A' + 4 - i), "531", "21349"))
                    .as("province.officer")
                    .send();
        }
        JsonNode first = json(api().get("/api/v1/producers?district=531&page=0&size=2")
                .as("province.officer")
                .send());
        JsonNode second = json(api().get("/api/v1/producers?district=531&page=1&size=2")
                .as("province.officer")
                .send());
        assertThat(first.get("total").asLong()).isEqualTo(5);
        assertThat(first.get("items").get(0).get("name").asString()).isEqualTo("HTX Trang A");
        assertThat(first.get("items").get(1).get("name").asString()).isEqualTo("HTX Trang B");
        assertThat(second.get("items").get(0).get("name").asString()).isEqualTo("HTX Trang C");
        assertThat(api().get("/api/v1/producers?size=1000")
                        .as("province.officer")
                        .send()
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void registrationIsAnnouncedWithTheRegistryFactsAndNeverTheContactPerson() {
        HttpResponse<String> r = api().post(
                        "/api/v1/producers", producerBody("4300200011", "HTX Đức Chánh", "533", "21406"))
                .as("district.mo-duc")
                .send();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);

        var events = awaitEvents(DOSSIER_TOPIC, "PR-4300200011", "vn.ocop.dossier.producer-registered.v1");
        assertContract(events.get(0));
        JsonNode body = JSON.readTree(text(events.get(0)));
        assertThat(body.get("producerId").asString()).isEqualTo("PR-4300200011");
        assertThat(body.get("version").asLong()).isEqualTo(1);
        assertThat(body.get("kind").asString()).isEqualTo("COOPERATIVE");
        assertThat(body.get("name").asString()).isEqualTo("HTX Đức Chánh");
        assertThat(body.get("registrationNumber").asString()).isEqualTo("4300200011");
        assertThat(body.get("districtCode").asString()).isEqualTo("533");
        assertThat(body.get("communeCode").asString()).isEqualTo("21406");
        assertThat(body.get("actor").asString()).isEqualTo("district.mo-duc");
        // producerBody's contact person, phone, e-mail and address stay in dossier-service
        assertThat(text(events.get(0)))
                .doesNotContain("Nguyễn Văn A")
                .doesNotContain("0912345678")
                .doesNotContain("a@example.vn")
                .doesNotContain("Thôn 1")
                .doesNotContain("contact");
    }

    @Test
    void aChangedCommuneIsAnnouncedWithTheNextVersion() {
        api().post("/api/v1/producers", producerBody("4300200012", "HTX Đức Hiệp", "533", "21406"))
                .as("province.officer")
                .send();
        HttpResponse<String> moved = api().put("/api/v1/producers/PR-4300200012", """
                {"kind":"COOPERATIVE","name":"HTX Đức Hiệp","districtCode":"533","communeCode":"21403",\
                "contact":{"name":"Nguyễn Văn A","phone":"0912345678"}}""")
                .as("province.officer")
                .header("If-Match", "\"1\"")
                .send();
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);

        var events = awaitEvents(
                DOSSIER_TOPIC,
                "PR-4300200012",
                "vn.ocop.dossier.producer-registered.v1",
                "vn.ocop.dossier.producer-registered.v1");
        assertContract(events.get(1));
        JsonNode body = JSON.readTree(text(events.get(1)));
        assertThat(body.get("version").asLong()).isEqualTo(2);
        assertThat(body.get("communeCode").asString()).isEqualTo("21403");
    }

    @Test
    void aRefusedRegistrationAnnouncesNothing() {
        assertThat(api().post("/api/v1/producers", producerBody("4300200013", "HTX F", "535", "21487"))
                        .as("district.mo-duc")
                        .send()
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> marker = api().post(
                        "/api/v1/producers", producerBody("4300200014", "HTX G", "533", "21403"))
                .as("district.mo-duc")
                .send();
        assertThat(marker.statusCode()).isEqualTo(201);
        awaitEvents(DOSSIER_TOPIC, "PR-4300200014", "vn.ocop.dossier.producer-registered.v1");

        assertThat(typesOf(DOSSIER_TOPIC, "PR-4300200013")).isEmpty();
    }

    @Test
    void contactIsRedactedWhenPrinted() {
        assertThat(new Contact("Nguyễn Văn A", "0912345678", "a@example.vn").toString())
                .doesNotContain("0912");
    }
}
