package vn.ocop.reporting.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.reporting.support.Events.dossier;
import static vn.ocop.reporting.support.Events.evaluation;
import static vn.ocop.reporting.support.Events.roundScheduled;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.ocop.reporting.support.ReportingTestBase;

/** The authenticated catalogue and the funnel give each role what docs/security.md says, no more. */
class WhatEachRoleSeesTest extends ReportingTestBase {

    @Test
    void catalogueShowsInternalFieldsOnlyForRowsInTheCallersScope() {
        String round = unique("round-2034");
        roundScheduled(round, 2034, 1, "2034-04-10", "2034-05-31");
        String moDuc = unique("dos-md");
        String baTo = unique("dos-bt");
        evaluation("product-recognized", moDuc, 2, round, "Mạch nha " + moDuc, "533", "21403", 3, "2034-05-29");
        evaluation("product-recognized", baTo, 2, round, "Mật ong " + baTo, "535", "21487", 4, "2034-05-29");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(getOk("/api/v1/catalogue?year=2034", "province.officer")
                                .get("total")
                                .asInt())
                        .isEqualTo(2));

        JsonNode province = byDossier(getOk("/api/v1/catalogue?year=2034", "province.officer"));
        assertThat(province.get(moDuc).has("score")).isTrue();
        assertThat(province.get(moDuc).has("recognizedBy")).isTrue();

        JsonNode district = getOk("/api/v1/catalogue?year=2034", "district.mo-duc");
        assertThat(district.get("total").asInt()).isEqualTo(2);
        JsonNode own = row(district, "533");
        JsonNode other = row(district, "535");
        assertThat(own.get("dossierId").asString()).isEqualTo(moDuc);
        assertThat(own.has("score")).isTrue();
        assertThat(own.has("recognizedBy")).isFalse();
        assertThat(other.has("dossierId")).isFalse();
        assertThat(other.has("producerId")).isFalse();
        assertThat(other.has("score")).isFalse();
        assertThat(other.get("productName").asString()).isEqualTo("Mật ong " + baTo);

        JsonNode council = getOk("/api/v1/catalogue?year=2034", "council.province.member1");
        for (JsonNode item : council.get("items")) {
            assertThat(item.has("dossierId") || item.has("producerId") || item.has("score") || item.has("recognizedBy"))
                    .as(item.toString())
                    .isFalse();
        }
    }

    @Test
    void aDistrictsReporterSeesItsOwnDistrictsFunnelAndADepartmentsReporterTheProvince() {
        String round = unique("round-2035");
        roundScheduled(round, 2035, 1, "2035-04-10", "2035-05-31");
        dossier(
                "submitted",
                unique("dos-a"),
                2,
                round,
                2035,
                "Mạch nha",
                "533",
                "Huyện Mộ Đức",
                "21403",
                "Xã Đức Lợi",
                "2035-03-16T01:45:00Z");
        dossier(
                "submitted",
                unique("dos-b"),
                2,
                round,
                2035,
                "Mật ong",
                "535",
                "Huyện Ba Tơ",
                "21487",
                "Xã Ba Điền",
                "2035-03-16T01:45:00Z");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(getOk("/api/v1/funnel?roundId=" + round, "province.officer")
                                .get("total")
                                .asInt())
                        .isEqualTo(2));

        JsonNode moDucReporter = getOk("/api/v1/funnel?roundId=" + round, "reporter.mo-duc");
        assertThat(moDucReporter.get("total").asInt()).isEqualTo(1);
        assertThat(moDucReporter.get("byDistrict").get(0).get("key").asString()).isEqualTo("533");
        assertThat(getOk("/api/v1/funnel?roundId=" + round, "reporter.dard")
                        .get("total")
                        .asInt())
                .isEqualTo(2);
    }

    private static JsonNode row(JsonNode page, String district) {
        for (JsonNode item : page.get("items")) {
            if (district.equals(item.get("districtCode").asString())) {
                return item;
            }
        }
        throw new AssertionError("no row of district " + district + " in " + page);
    }

    private static JsonNode byDossier(JsonNode page) {
        var out = JSON.createObjectNode();
        page.get("items").forEach(i -> out.set(i.get("dossierId").asString(), i));
        return out;
    }
}
