package vn.ocop.dossier.round;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.platform.test.EventLog.assertContract;
import static vn.ocop.platform.test.EventLog.awaitEvents;
import static vn.ocop.platform.test.EventLog.text;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.ocop.dossier.support.DossierServiceTestBase;

class RoundApiTest extends DossierServiceTestBase {

    @Test
    void provinceSchedulesTheFirst2020RoundUnder1048AndItIsAnnounced() {
        HttpResponse<String> r =
                api().post("/api/v1/rounds", """
                {"year":2020,"number":1,"districtDeadline":"2020-04-10","provinceDeadline":"2020-05-31"}""").as("province.officer").send();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode round = json(r);
        assertThat(round.get("id").asString()).isEqualTo("2020-1");
        assertThat(round.get("legalBasis").asString()).isEqualTo("QD1048_2019");
        assertThat(round.get("open").asBoolean()).isTrue();

        var events = awaitEvents(DOSSIER_TOPIC, "2020-1", "vn.ocop.dossier.round-scheduled.v1");
        assertContract(events.get(0));
        assertThat(JSON.readTree(text(events.get(0))).get("districtDeadline").asString())
                .isEqualTo("2020-04-10");

        assertThat(api().post("/api/v1/rounds", """
                {"year":2020,"number":1,"districtDeadline":"2020-04-10","provinceDeadline":"2020-05-31"}""")
                        .as("province.officer")
                        .send()
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void onlyTheProvinceSchedulesRoundsAndDeadlinesMustBeInOrder() {
        assertThat(api().post("/api/v1/rounds", """
                {"year":2021,"number":1,"districtDeadline":"2021-04-10","provinceDeadline":"2021-05-31"}""")
                        .as("district.mo-duc")
                        .send()
                        .statusCode())
                .isEqualTo(403);
        assertThat(api().post("/api/v1/rounds", """
                {"year":2021,"number":2,"districtDeadline":"2021-06-10","provinceDeadline":"2021-05-31"}""")
                        .as("province.officer")
                        .send()
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void aClosedRoundTakesNoNewDossiers() {
        String round = newRound(LocalDate.of(2020, 4, 10));
        JsonNode closed = json(api().post("/api/v1/rounds/" + round + "/close", "{}")
                .as("province.officer")
                .send());
        assertThat(closed.get("open").asBoolean()).isFalse();
        HttpResponse<String> r = api().post("/api/v1/dossiers", """
                {"roundId":"%s","producerId":"PR-4300100001","productName":"Mạch nha","productGroup":"FOOD_PROCESSED"}""".formatted(round))
                .as("producer.mo-duc")
                .send();
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(json(r).get("code").asString()).isEqualTo("round-closed");
        var events = awaitEvents(
                DOSSIER_TOPIC, round, "vn.ocop.dossier.round-scheduled.v1", "vn.ocop.dossier.round-scheduled.v1");
        assertThat(JSON.readTree(text(events.get(1))).get("open").asBoolean()).isFalse();
    }
}
