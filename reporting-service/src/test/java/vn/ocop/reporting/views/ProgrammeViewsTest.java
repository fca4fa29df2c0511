package vn.ocop.reporting.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.reporting.support.Events.dossier;
import static vn.ocop.reporting.support.Events.evaluation;
import static vn.ocop.reporting.support.Events.roundScheduled;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.ocop.reporting.support.ReportingTestBase;

/** The views built from events: funnel, catalogue, stars, deadline compliance, targets. */
class ProgrammeViewsTest extends ReportingTestBase {

    @Test
    void funnelCountsEachDossierOnceEvenWithDuplicatesAndOutOfOrderEvents() {
        String round = unique("round-2031");
        roundScheduled(round, 2031, 1, "2031-04-10", "2031-05-31");
        String a = unique("dos-a");
        String b = unique("dos-b");
        dossier(
                "submitted",
                a,
                2,
                round,
                2031,
                "Mạch nha Mộ Đức",
                "533",
                "Huyện Mộ Đức",
                "21436",
                "Xã Đức Lân",
                "2031-03-16T01:45:00Z");
        String dup = dossier(
                "submitted",
                b,
                2,
                round,
                2031,
                "Tỏi Lý Sơn",
                "536",
                "Huyện Lý Sơn",
                null,
                null,
                "2031-03-16T01:45:00Z");
        // the newer accepted event arrives before an older returned one: the state must stay ACCEPTED
        dossier(
                "accepted",
                a,
                5,
                round,
                2031,
                "Mạch nha Mộ Đức",
                "533",
                "Huyện Mộ Đức",
                "21436",
                "Xã Đức Lân",
                "2031-03-23T03:10:00Z");
        dossier(
                "returned",
                a,
                3,
                round,
                2031,
                "Mạch nha Mộ Đức",
                "533",
                "Huyện Mộ Đức",
                "21436",
                "Xã Đức Lân",
                "2031-03-18T08:20:00Z");
        resend(
                DOSSIER_TOPIC,
                "vn.ocop.dossier.submitted.v1",
                b,
                vn.ocop.reporting.support.Events.dossierBody(
                        "submitted",
                        b,
                        2,
                        round,
                        2031,
                        "Tỏi Lý Sơn",
                        "536",
                        "Huyện Lý Sơn",
                        null,
                        null,
                        "2031-03-16T01:45:00Z"),
                dup);
        dossier(
                "submitted",
                b,
                2,
                round,
                2031,
                "Tỏi Lý Sơn",
                "536",
                "Huyện Lý Sơn",
                null,
                null,
                "2031-03-16T01:45:00Z");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode f = getOk("/api/v1/funnel?roundId=" + round, "province.officer");
            assertThat(f.get("total").asInt()).isEqualTo(2);
            assertThat(f.get("byStatus").get("SUBMITTED").asInt()).isEqualTo(2);
            assertThat(f.get("byStatus").get("RETURNED").asInt()).isEqualTo(1);
            assertThat(f.get("byStatus").get("ACCEPTED").asInt()).isEqualTo(1);
            assertThat(f.get("byStatus").get("FORWARDED").asInt()).isZero();
            assertThat(f.get("currentStatus").get("ACCEPTED").asInt()).isEqualTo(1);
            assertThat(f.get("currentStatus").get("SUBMITTED").asInt()).isEqualTo(1);
            assertThat(f.get("currentStatus").has("RETURNED")).isFalse();
            assertThat(keys(f.get("byDistrict"))).containsExactly("533", "536");
            assertThat(f.get("byDistrict").get(0).get("label").asString()).isEqualTo("Huyện Mộ Đức");
            assertThat(keys(f.get("byCommune"))).containsExactlyInAnyOrder("21436", null);
            assertThat(keys(f.get("byProductGroup"))).containsExactly("FOOD_FRESH", "FOOD_PROCESSED");
        });
        JsonNode own = getOk("/api/v1/funnel?roundId=" + round, "district.mo-duc");
        assertThat(own.get("total").asInt()).isEqualTo(1);
        assertThat(keys(own.get("byDistrict"))).containsExactly("533");
    }

    @Test
    void recognisedProductsFillCatalogueStarsAndTargetProgress() {
        String round = unique("round-2032");
        roundScheduled(round, 2032, 1, "2032-04-10", "2032-05-31");
        roundScheduled(unique("round-2032b"), 2032, 2, "2032-09-10", "2032-10-31");
        String garlic = unique("dos-garlic");
        String malt = unique("dos-malt");
        String sauce = unique("dos-sauce");
        String garlicName = "Tỏi Lý Sơn " + garlic;
        // the recognition arrives before the dossier's own events: the view must still be complete
        evaluation("product-recognized", garlic, 2, round, garlicName, "536", null, 4, "2032-05-29");
        dossier(
                "submitted",
                garlic,
                2,
                round,
                2032,
                garlicName,
                "536",
                "Huyện Lý Sơn",
                null,
                null,
                "2032-03-16T01:45:00Z");
        evaluation("province-graded", garlic, 1, round, garlicName, "536", null, 4, null);
        evaluation("product-recognized", malt, 2, round, "Mạch nha " + malt, "533", "21436", 3, "2032-05-29");
        evaluation("product-recognized", sauce, 2, round, "Nước mắm " + sauce, "534", "21478", 5, "2032-05-30");
        evaluation("recognition-expired", sauce, 4, round, "Nước mắm " + sauce, "534", "21478", 5, null);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode page = getOk("/api/v1/catalogue?year=2032&size=10", "province.officer");
            assertThat(page.get("total").asInt()).isEqualTo(2);
            JsonNode stars = getOk("/api/v1/stars?year=2032", "province.officer");
            JsonNode lySon = find(stars.get("byDistrict"), "536");
            assertThat(lySon.get("stars4").asInt()).isEqualTo(1);
            assertThat(find(stars.get("byDistrict"), "533").get("stars3").asInt())
                    .isEqualTo(1);
            // the year's result counts the 5★ product recognised that year, though its certificate expired since
            assertThat(find(stars.get("byDistrict"), "534").get("stars5").asInt())
                    .isEqualTo(1);
            assertThat(stars.get("byDistrict")).hasSize(13);
            // the certificates valid today leave it out
            JsonNode validToday = getOk("/api/v1/stars", "province.officer");
            assertThat(find(validToday.get("byDistrict"), "534").get("stars5").asInt())
                    .isZero();
        });
        JsonNode found = getOk(
                "/api/v1/catalogue?q="
                        + URLEncoder.encode("toi ly son " + garlic.substring(11), StandardCharsets.UTF_8),
                "province.officer");
        assertThat(found.get("total").asInt()).isEqualTo(1);
        JsonNode entry = found.get("items").get(0);
        assertThat(entry.get("productName").asString()).isEqualTo(garlicName);
        assertThat(entry.get("stars").asInt()).isEqualTo(4);
        assertThat(entry.get("districtName").asString()).isEqualTo("Huyện Lý Sơn");
        assertThat(entry.get("recognizedBy").asString()).isEqualTo("usr-dard-0001");

        var anonymous =
                api().get("/api/v1/public/catalogue?year=2032&district=536").send();
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body())
                .contains(garlicName)
                .doesNotContain("usr-dard-0001")
                .doesNotContain("producerId")
                .doesNotContain("recognizedBy");
        assertThat(api().get("/api/v1/catalogue").send().statusCode()).isEqualTo(401);

        assertThat(api().put("/api/v1/targets/2032", "{\"minProducts\":2,\"maxProducts\":4,\"minFiveStar\":1}")
                        .as("district.mo-duc")
                        .send()
                        .statusCode())
                .isEqualTo(403);
        var set = api().put("/api/v1/targets/2032", "{\"minProducts\":2,\"maxProducts\":4,\"minFiveStar\":1}")
                .as("province.officer")
                .send();
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        JsonNode progress = getOk("/api/v1/targets/2032", "province.officer");
        // the expired 5★ product still counts for the year it was recognised in
        assertThat(progress.get("actual").asInt()).isEqualTo(3);
        assertThat(progress.get("actualFiveStar").asInt()).isEqualTo(1);
        // one of two rounds done with 3 recognitions: the second is expected to bring as many
        assertThat(progress.get("roundsScheduled").asInt()).isEqualTo(2);
        assertThat(progress.get("roundsDone").asInt()).isEqualTo(1);
        assertThat(progress.get("projection").asInt()).isEqualTo(6);
    }

    @Test
    void catalogueFiltersAndPagesStably() {
        String round = unique("round-2033");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = unique("dos-page" + i);
            ids.add(id);
            evaluation(
                    "product-recognized",
                    id,
                    2,
                    round,
                    "Sản phẩm " + i,
                    "535",
                    "21487",
                    i % 2 == 0 ? 3 : 4,
                    "2033-05-29");
        }
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(getOk("/api/v1/catalogue?year=2033", "operator")
                                .get("total")
                                .asInt())
                        .isEqualTo(5));
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            getOk("/api/v1/catalogue?year=2033&size=2&page=" + page, "operator")
                    .get("items")
                    .forEach(n -> seen.add(n.get("dossierId").asString()));
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(ids).doesNotHaveDuplicates();
        assertThat(getOk("/api/v1/public/catalogue?year=2033&stars=4", "operator")
                        .get("total")
                        .asInt())
                .isEqualTo(2);
        assertThat(getOk("/api/v1/public/catalogue?year=2033&commune=21487&group=FOOD_FRESH", "operator")
                        .get("total")
                        .asInt())
                .isEqualTo(5);
        assertThat(api().get("/api/v1/public/catalogue?size=1000").send().statusCode())
                .isEqualTo(400);
    }

    @Test
    void deadlineComplianceComparesForwardingWithTheRoundsDistrictDeadline() {
        String round = unique("round-2034");
        roundScheduled(round, 2034, 1, "2034-04-10", "2034-05-31");
        dossier(
                "forwarded",
                unique("dos-ontime"),
                5,
                round,
                2034,
                "Quế Trà Bồng",
                "525",
                "Huyện Trà Bồng",
                "21121",
                "Xã Trà Thủy",
                "2034-04-10T16:30:00Z");
        dossier(
                "forwarded",
                unique("dos-late"),
                5,
                round,
                2034,
                "Quế Trà Bồng 2",
                "525",
                "Huyện Trà Bồng",
                "21121",
                "Xã Trà Thủy",
                "2034-04-10T17:00:00Z");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode rows = getOk("/api/v1/deadline-compliance?roundId=" + round, "province.officer");
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get("districtCode").asString()).isEqualTo("525");
            assertThat(rows.get(0).get("forwarded").asInt()).isEqualTo(2);
            // 16:30Z is 23:30 on 10 April in Quảng Ngãi; 17:00Z is already 11 April
            assertThat(rows.get(0).get("onTime").asInt()).isEqualTo(1);
            assertThat(rows.get(0).get("late").asInt()).isEqualTo(1);
        });
    }

    private static List<String> keys(JsonNode rows) {
        List<String> keys = new ArrayList<>();
        rows.forEach(r -> keys.add(r.get("key").isNull() ? null : r.get("key").asString()));
        return keys;
    }

    private static JsonNode find(JsonNode rows, String key) {
        for (JsonNode r : rows) {
            if (key.equals(r.get("key").asString())) {
                return r;
            }
        }
        throw new AssertionError("no row " + key + " in " + rows);
    }
}
