package vn.ocop.dossier.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.platform.test.EventLog.assertContract;
import static vn.ocop.platform.test.EventLog.awaitEvents;
import static vn.ocop.platform.test.EventLog.text;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.ocop.dossier.support.DossierServiceTestBase;
import vn.ocop.dossier.support.EvaluationEvents;
import vn.ocop.platform.config.ProvinceTime;
import vn.ocop.platform.test.EventLog;

class DossierLifecycleApiTest extends DossierServiceTestBase {

    private static final LocalDate DEADLINE = LocalDate.of(2020, 4, 10);

    @Test
    void refusesSubmissionListingMissingDocumentsAndChangesNothing() {
        String id = newDraft(newRound(DEADLINE));
        upload(id, "producer.mo-duc", "REGISTRATION_FORM", "phieu.pdf", vn.ocop.dossier.support.Files.pdf("x"));
        long before = dossier(id).get("version").asLong();

        HttpResponse<String> refused = post(id, "submit", "producer.mo-duc", null, 422);
        JsonNode problem = json(refused);
        assertThat(problem.get("code").asString()).isEqualTo("missing-documents");
        assertThat(problem.get("missing").toString())
                .contains("BUSINESS_PLAN", "FOOD_SAFETY_CERTIFICATE", "TEST_REPORT")
                .doesNotContain("REGISTRATION_FORM");
        assertThat(dossier(id).get("version").asLong()).isEqualTo(before);
        assertThat(dossier(id).get("status").asString()).isEqualTo("DRAFT");

        attachAllRequired(id, "producer.mo-duc");
        post(id, "submit", "producer.mo-duc", null, 200);
        // the refused attempt left no event behind: only the later, accepted submission is on the topic
        awaitEvents(DOSSIER_TOPIC, id, "vn.ocop.dossier.submitted.v1");
    }

    @Test
    void tourismDossierNeedsNoProductSamples() {
        String id = newDraft(
                newRound(DEADLINE), "producer.mo-duc", "PR-4300100001", "Làng nghề Đức Lợi", "TOURISM_RURAL_SERVICES");
        assertThat(missingDocuments(id))
                .containsExactly("REGISTRATION_FORM", "BUSINESS_PLAN", "PRODUCER_DESCRIPTION", "BUSINESS_REGISTRATION");
    }

    @Test
    void refusesAnActionTheStatusDoesNotAllowNamingStatusAndAllowedActions() {
        String id = newDraft(newRound(DEADLINE));
        JsonNode problem = json(post(id, "accept", "district.mo-duc", null, 409));
        assertThat(problem.get("code").asString()).isEqualTo("illegal-transition");
        assertThat(problem.get("currentStatus").asString()).isEqualTo("DRAFT");
        assertThat(problem.get("allowedActions").toString()).contains("SUBMIT", "WITHDRAW");
        assertThat(problem.get("detail_vi").asString()).isNotBlank();
        assertThat(dossier(id).get("version").asLong()).isEqualTo(1);
    }

    @Test
    void returnedDossierIsResubmittedWithResubmissionFlag() {
        String round = newRound(DEADLINE);
        String id = submittedDraft(round);
        post(id, "return", "district.mo-duc", "{\"reasons\":[\"Thiếu chữ ký trên phương án kinh doanh\"]}", 200);
        assertThat(dossier(id).get("status").asString()).isEqualTo("RETURNED");
        post(id, "submit", "producer.mo-duc", null, 200);

        var events = awaitEvents(
                DOSSIER_TOPIC,
                id,
                "vn.ocop.dossier.submitted.v1",
                "vn.ocop.dossier.returned.v1",
                "vn.ocop.dossier.submitted.v1");
        events.forEach(EventLog::assertContract);
        assertThat(JSON.readTree(text(events.get(1))).get("reasons").toString())
                .contains("Thiếu chữ ký trên phương án kinh doanh");
        assertThat(JSON.readTree(text(events.get(2))).get("resubmission").asBoolean())
                .isTrue();

        JsonNode history = json(api().get("/api/v1/dossiers/" + id + "/history")
                .as("producer.mo-duc")
                .send());
        assertThat(history).hasSize(3);
        assertThat(history.get(1).get("to").asString()).isEqualTo("RETURNED");
        assertThat(history.get(1).get("actor").asString()).isEqualTo("district.mo-duc");
        assertThat(history.get(1).get("at").asString()).endsWith("+07:00");
    }

    @Test
    void returnWithoutReasonsIsInvalid() {
        String id = submittedDraft(newRound(DEADLINE));
        post(id, "return", "district.mo-duc", "{\"reasons\":[]}", 400);
        assertThat(dossier(id).get("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void forwardsAQualifyingDossierBeforeTheDeadlineAndEmitsForwarded() {
        String round = newRound(DEADLINE);
        String id = acceptedDossier(round);
        EvaluationEvents.districtGraded(id, 1, 68.4, 3, true);
        awaitStatus(id, "DISTRICT_GRADED");

        // 23:59 on the deadline day in Quảng Ngãi
        clock.set(ProvinceTime.endOf(districtDeadlineOf(round)).minusSeconds(60));
        JsonNode forwarded = json(post(id, "forward", "district.mo-duc", null, 200));
        assertThat(forwarded.get("status").asString()).isEqualTo("FORWARDED");

        var events = awaitEvents(
                DOSSIER_TOPIC,
                id,
                "vn.ocop.dossier.submitted.v1",
                "vn.ocop.dossier.accepted.v1",
                "vn.ocop.dossier.forwarded.v1");
        events.forEach(EventLog::assertContract);
        JsonNode body = JSON.readTree(text(events.get(2)));
        assertThat(body.get("districtScore").asDouble()).isEqualTo(68.4);
        assertThat(body.get("districtStars").asInt()).isEqualTo(3);
        assertThat(body.get("late").asBoolean()).isFalse();
        assertThat(body.get("districtDeadline").asString()).endsWith("-04-10");
    }

    @Test
    void refusesForwardingAfterTheDeadlineNamingItUnlessTheProvinceAllowedIt() {
        String round = newRound(DEADLINE);
        String id = acceptedDossier(round);
        EvaluationEvents.districtGraded(id, 1, 72.0, 4, true);
        awaitStatus(id, "DISTRICT_GRADED");
        long before = dossier(id).get("version").asLong();

        LocalDate deadline = districtDeadlineOf(round);
        assertThat(ProvinceTime.endOf(deadline))
                .isEqualTo(deadline.plusDays(1).atTime(0, 0).toInstant(java.time.ZoneOffset.ofHours(7)));
        clock.set(ProvinceTime.endOf(deadline)); // midnight in Quảng Ngãi: the deadline day is over
        JsonNode problem = json(post(id, "forward", "district.mo-duc", null, 409));
        assertThat(problem.get("code").asString()).isEqualTo("deadline-passed");
        assertThat(problem.get("deadline").asString()).isEqualTo(deadline.toString());
        assertThat(dossier(id).get("version").asLong()).isEqualTo(before);

        post(id, "deadline-exception", "district.mo-duc", "{\"reason\":\"muộn\"}", 403);
        post(id, "deadline-exception", "province.officer", "{\"reason\":\"Hội đồng họp muộn do bão\"}", 200);
        JsonNode forwarded = json(post(id, "forward", "district.mo-duc", null, 200));
        assertThat(forwarded.get("forwardedLate").asBoolean()).isTrue();

        var events = awaitEvents(
                DOSSIER_TOPIC,
                id,
                "vn.ocop.dossier.submitted.v1",
                "vn.ocop.dossier.accepted.v1",
                "vn.ocop.dossier.forwarded.v1");
        assertThat(JSON.readTree(text(events.get(2))).get("late").asBoolean()).isTrue();
        assertContract(events.get(2));
    }

    @Test
    void refusesForwardingADossierBelowTheThreshold() {
        String id = acceptedDossier(newRound(DEADLINE));
        EvaluationEvents.districtGraded(id, 1, 45.5, 2, false);
        awaitStatus(id, "DISTRICT_GRADED");
        JsonNode problem = json(post(id, "forward", "district.mo-duc", null, 409));
        assertThat(problem.get("code").asString()).isEqualTo("not-qualified");
        assertThat(dossier(id).get("status").asString()).isEqualTo("DISTRICT_GRADED");
    }

    @Test
    void producerWithdrawsButNotAfterTheProvinceGraded() {
        String id = submittedDraft(newRound(DEADLINE));
        post(id, "withdraw", "district.mo-duc", "{\"reason\":\"x\"}", 403);
        post(id, "withdraw", "producer.mo-duc", "{\"reason\":\"Chưa đủ sản lượng\"}", 200);
        var events = awaitEvents(DOSSIER_TOPIC, id, "vn.ocop.dossier.submitted.v1", "vn.ocop.dossier.withdrawn.v1");
        assertContract(events.get(1));
        JsonNode problem = json(post(id, "submit", "producer.mo-duc", null, 409));
        assertThat(problem.get("currentStatus").asString()).isEqualTo("WITHDRAWN");
        assertThat(problem.get("allowedActions")).isEmpty();
    }

    @Test
    void scopeHidesOtherDistrictsAndRolesWithoutAccessAreForbidden() {
        String id = newDraft(newRound(DEADLINE));
        assertThat(api().get("/api/v1/dossiers/" + id)
                        .as("district.ba-to")
                        .send()
                        .statusCode())
                .isEqualTo(404);
        assertThat(api().get("/api/v1/dossiers/" + id)
                        .as("producer.ba-to")
                        .send()
                        .statusCode())
                .isEqualTo(404);
        assertThat(api().get("/api/v1/dossiers/" + id)
                        .as("commune.ba-dien")
                        .send()
                        .statusCode())
                .isEqualTo(404);
        assertThat(api().get("/api/v1/dossiers/" + id)
                        .as("council.province.chair")
                        .send()
                        .statusCode())
                .isEqualTo(404);
        assertThat(api().get("/api/v1/dossiers/" + id)
                        .as("reporter.dard")
                        .send()
                        .statusCode())
                .isEqualTo(403);
        assertThat(api().get("/api/v1/dossiers/" + id)
                        .as("commune.duc-loi")
                        .send()
                        .statusCode())
                .isEqualTo(200);
        assertThat(api().get("/api/v1/dossiers/" + id)
                        .as("council.mo-duc.chair")
                        .send()
                        .statusCode())
                .isEqualTo(200);
        post(id, "submit", "council.mo-duc.chair", null, 403);
        post(id, "accept", "district.ba-to", null, 404);
        assertThat(api().get("/api/v1/dossiers/" + id + "/audit")
                        .as("district.mo-duc")
                        .send()
                        .statusCode())
                .isEqualTo(403);
        JsonNode audit = json(
                api().get("/api/v1/dossiers/" + id + "/audit").as("operator").send());
        assertThat(audit.get(0).get("actor").asString()).isEqualTo("producer.mo-duc");
    }

    @Test
    void producerMayOnlyOpenDossiersForItself() {
        String round = newRound(DEADLINE);
        HttpResponse<String> r = api().post("/api/v1/dossiers", """
                {"roundId":"%s","producerId":"PR-4300100002","productName":"Trà","productGroup":"FOOD_TEA"}""".formatted(round))
                .as("producer.mo-duc")
                .send();
        assertThat(r.statusCode()).isEqualTo(404);
        r = api().post("/api/v1/dossiers", """
                {"roundId":"%s","producerId":"PR-4300100002","productName":"Trà","productGroup":"FOOD_TEA"}""".formatted(round))
                .as("commune.ba-dien")
                .send();
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(json(r).get("districtCode").asString()).isEqualTo("535");
    }

    @Test
    void requestCannotSetStatusOrPlace() {
        HttpResponse<String> r = api().post("/api/v1/dossiers", """
                {"roundId":"%s","producerId":"PR-4300100001","productName":"Mạch nha","productGroup":"FOOD_PROCESSED",\
                "status":"RECOGNIZED"}""".formatted(newRound(DEADLINE)))
                .as("producer.mo-duc")
                .send();
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("status");
    }

    @Test
    void editingADraftNeedsTheCurrentETag() {
        String id = newDraft(newRound(DEADLINE));
        HttpResponse<String> read =
                api().get("/api/v1/dossiers/" + id).as("producer.mo-duc").send();
        String etag = read.headers().firstValue("ETag").orElseThrow();
        String body = "{\"productName\":\"Mạch nha Thạch Trụ\",\"productGroup\":\"FOOD_PROCESSED\"}";
        assertThat(api().put("/api/v1/dossiers/" + id, body)
                        .as("producer.mo-duc")
                        .send()
                        .statusCode())
                .isEqualTo(428);
        assertThat(api().put("/api/v1/dossiers/" + id, body)
                        .as("producer.mo-duc")
                        .header("If-Match", "\"99\"")
                        .send()
                        .statusCode())
                .isEqualTo(412);
        HttpResponse<String> ok = api().put("/api/v1/dossiers/" + id, body)
                .as("producer.mo-duc")
                .header("If-Match", etag)
                .send();
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(json(ok).get("productName").asString()).isEqualTo("Mạch nha Thạch Trụ");
        assertThat(api().put("/api/v1/dossiers/" + id, body)
                        .as("producer.mo-duc")
                        .header("If-Match", etag)
                        .send()
                        .statusCode())
                .isEqualTo(412);
    }

    @Test
    void replayedIdempotencyKeyCreatesOneDossier() {
        String round = newRound(DEADLINE);
        String body = """
                {"roundId":"%s","producerId":"PR-4300100001","productName":"Nước mắm Sa Huỳnh","productGroup":"FOOD_CONDIMENTS"}""".formatted(round);
        HttpResponse<String> first = api().post("/api/v1/dossiers", body)
                .as("producer.mo-duc")
                .header("Idempotency-Key", "create-" + round)
                .send();
        HttpResponse<String> replay = api().post("/api/v1/dossiers", body)
                .as("producer.mo-duc")
                .header("Idempotency-Key", "create-" + round)
                .send();
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(json(replay).get("id").asString())
                .isEqualTo(json(first).get("id").asString());
        JsonNode list = json(api().get("/api/v1/dossiers?round=" + round)
                .as("producer.mo-duc")
                .send());
        assertThat(list.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void listsFilterAndSearchWithoutAccents() {
        String round = newRound(DEADLINE);
        newDraft(round, "producer.ly-son", "PR-4300100003", "Tỏi Lý Sơn", "FOOD_FRESH");
        newDraft(round, "producer.mo-duc", "PR-4300100001", "Mạch nha Mộ Đức", "FOOD_PROCESSED");
        JsonNode found = json(api().get("/api/v1/dossiers?round=" + round + "&q=toi%20ly%20son")
                .as("province.officer")
                .send());
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("communeCode").isNull()).isTrue();
        JsonNode mine = json(api().get("/api/v1/dossiers?round=" + round)
                .as("district.ly-son")
                .send());
        assertThat(mine.get("total").asLong()).isEqualTo(1);
        JsonNode byGroup = json(api().get("/api/v1/dossiers?round=" + round + "&group=FOOD_PROCESSED&status=DRAFT")
                .as("province.officer")
                .send());
        assertThat(byGroup.get("items").get(0).get("productName").asString()).isEqualTo("Mạch nha Mộ Đức");
    }

    private void awaitStatus(String id, String status) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> status.equals(dossier(id).get("status").asString()));
    }
}
