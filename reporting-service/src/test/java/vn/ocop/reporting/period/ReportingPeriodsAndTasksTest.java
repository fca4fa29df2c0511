package vn.ocop.reporting.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.platform.test.EventLog.text;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.ocop.platform.test.EventLog;
import vn.ocop.platform.test.SampleFiles;
import vn.ocop.platform.test.TestInfrastructure;
import vn.ocop.reporting.period.application.OverdueJob;
import vn.ocop.reporting.support.ReportingTestBase;

/** Semi-annual periods, unit reports, overdue announcements and directive tasks, with their events. */
class ReportingPeriodsAndTasksTest extends ReportingTestBase {

    private static final String REPORT = """
            {"figures":{"dossiersGuided":12,"productsRecognized":3,"trainingCourses":2,"tradePromotionEvents":1,\
            "budgetMillionVnd":450},"narrative":"Đã hướng dẫn 12 chủ thể hoàn thiện hồ sơ OCOP."}""";

    @Autowired
    OverdueJob overdue;

    @Test
    void unitsReportOnTimeOrLateAndMissingOnesAreAnnouncedOnceTheDayAfter() {
        clock.set(Instant.parse("2041-06-01T02:00:00Z"));
        var created = api().post("/api/v1/periods", "{\"year\":2041,\"half\":1}")
                .as("province.officer")
                .send();
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).get("dueDate").asString()).isEqualTo("2041-06-20");
        assertThat(api().post("/api/v1/periods", "{\"year\":2041,\"half\":1}")
                        .as("province.officer")
                        .send()
                        .statusCode())
                .isEqualTo(409);
        assertThat(api().post("/api/v1/periods", "{\"year\":2041,\"half\":2}")
                        .as("reporter.dard")
                        .send()
                        .statusCode())
                .isEqualTo(403);

        // 20 June 23:59 in Quảng Ngãi is still on time
        clock.set(Instant.parse("2041-06-20T16:59:00Z"));
        var dard = api().post("/api/v1/periods/2041-H1/reports", REPORT)
                .as("reporter.dard")
                .send();
        assertThat(dard.statusCode()).as(dard.body()).isEqualTo(201);
        assertThat(api().post("/api/v1/periods/2041-H1/reports", REPORT)
                        .as("reporter.dard")
                        .send()
                        .statusCode())
                .isEqualTo(409);
        clock.set(Instant.parse("2041-06-20T17:00:00Z"));
        assertThat(api().post("/api/v1/periods/2041-H1/reports", REPORT)
                        .as("reporter.mo-duc")
                        .send()
                        .statusCode())
                .isEqualTo(201);

        assertThat(overdue.checkNow()).isGreaterThanOrEqualTo(19);
        assertThat(overdue.checkNow()).isZero();

        JsonNode period = getOk("/api/v1/periods/2041-H1", "province.officer");
        assertThat(status(period, "DARD")).isEqualTo("SUBMITTED");
        assertThat(status(period, "DIST-533")).isEqualTo("LATE");
        assertThat(status(period, "DIST-535")).isEqualTo("MISSING");
        assertThat(status(period, "VCA")).isEqualTo("MISSING");
        assertThat(period.get("units")).hasSize(21);
        assertThat(unit(period, "DIST-533").get("narrative").asString()).startsWith("Đã hướng dẫn");

        // another district sees Mộ Đức's status but never its figures or narrative; DARD consolidates, so it does
        JsonNode asBaTo = getOk("/api/v1/periods/2041-H1", "reporter.ba-to");
        assertThat(unit(asBaTo, "DIST-533").get("status").asString()).isEqualTo("LATE");
        assertThat(unit(asBaTo, "DIST-533").get("narrative").isNull()).isTrue();
        assertThat(unit(asBaTo, "DIST-533").get("figures").isNull()).isTrue();
        assertThat(getOk("/api/v1/periods", "district.ba-to").toString()).doesNotContain("Đã hướng dẫn");
        assertThat(unit(getOk("/api/v1/periods/2041-H1", "reporter.dard"), "DIST-533")
                        .get("narrative")
                        .asString())
                .startsWith("Đã hướng dẫn");
        assertThat(unit(getOk("/api/v1/periods/2041-H1", "district.mo-duc"), "DIST-533")
                        .get("narrative")
                        .asString())
                .startsWith("Đã hướng dẫn");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> events = reportingEvents("2041-H1");
            assertThat(events.stream()
                            .map(r -> TestInfrastructure.header(r, "ce_type"))
                            .toList())
                    .containsOnlyOnce("vn.ocop.reporting.period-scheduled.v1")
                    .filteredOn(t -> t.endsWith("report-overdue.v1"))
                    .hasSize(19);
            events.forEach(EventLog::assertContract);
            assertThat(events.stream()
                            .filter(r -> text(r).contains("\"unitCode\":\"DIST-533\""))
                            .map(EventLog::text)
                            .toList())
                    .singleElement()
                    .asString()
                    .contains("\"late\":true");
        });
    }

    private static JsonNode unit(JsonNode period, String unitCode) {
        for (JsonNode u : period.get("units")) {
            if (unitCode.equals(u.get("unitCode").asString())) {
                return u;
            }
        }
        throw new AssertionError("no unit " + unitCode);
    }

    @Test
    void attachmentMustBeAPdfByItsBytes() {
        clock.set(Instant.parse("2042-06-01T02:00:00Z"));
        assertThat(api().post("/api/v1/periods", "{\"year\":2042,\"half\":1}")
                        .as("province.officer")
                        .send()
                        .statusCode())
                .isEqualTo(201);
        assertThat(multipart("2042-H1", "reporter.ba-to", "fake.pdf", "MZ not a pdf".getBytes())
                        .statusCode())
                .isEqualTo(400);
        var ok = multipart("2042-H1", "reporter.ba-to", "bao-cao.pdf", "%PDF-1.4\n%%EOF\n".getBytes());
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        var pdf = api().get("/api/v1/periods/2042-H1/reports/DIST-535/attachment")
                .as("province.officer")
                .send();
        assertThat(pdf.body()).startsWith("%PDF-1.4");
    }

    @Test
    void reportAttachmentsGetTheUploadInspectionOfDossierFiles() {
        clock.set(Instant.parse("2049-06-01T02:00:00Z"));
        assertThat(api().post("/api/v1/periods", "{\"year\":2049,\"half\":1}")
                        .as("province.officer")
                        .send()
                        .statusCode())
                .isEqualTo(201);
        assertRefusedAttachment(
                multipart("2049-H1", "reporter.ba-to", "bao-cao.pdf", SampleFiles.pdfHtmlPolyglot()), "pdf-polyglot");
        assertRefusedAttachment(
                multipart("2049-H1", "reporter.ba-to", "bao-cao.pdf", SampleFiles.pdfWithOpenActionJavaScript()),
                "pdf-active-content");
        assertRefusedAttachment(
                multipart("2049-H1", "reporter.ba-to", "bao-cao.pdf", SampleFiles.pdfWithJavaScriptInObjectStream()),
                "pdf-active-content");
        assertThat(status(getOk("/api/v1/periods/2049-H1", "province.officer"), "DIST-535"))
                .as("a refused report leaves nothing behind")
                .isEqualTo("PENDING");
        var ok = multipart("2049-H1", "reporter.ba-to", "bao-cao.pdf", SampleFiles.pdfOf("<< /Type /Catalog >>"));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
    }

    @Test
    void reportAttachmentsAreDownloadedAsFilesUnderASafeName() {
        clock.set(Instant.parse("2050-06-01T02:00:00Z"));
        assertThat(api().post("/api/v1/periods", "{\"year\":2050,\"half\":1}")
                        .as("province.officer")
                        .send()
                        .statusCode())
                .isEqualTo(201);
        var filed = multipart("2050-H1", "reporter.ba-to", "Báo cáo Ba Tơ\u202Efdp.pdf", SampleFiles.pdf("x"));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        var pdf = api().get("/api/v1/periods/2050-H1/reports/DIST-535/attachment")
                .as("province.officer")
                .send();
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d)
                        .startsWith("attachment;")
                        .contains("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20Ba%20T%C6%A1fdp.pdf")
                        .doesNotContain("\u202E"));
    }

    private static void assertRefusedAttachment(java.net.http.HttpResponse<String> r, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json(r);
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("attachment");
        assertThat(problem.get("errors").get(0).get("reason").asString()).isNotBlank();
        assertThat(problem.get("errors").get(0).get("reason_vi").asString()).isNotBlank();
    }

    @Test
    void taskOwnersUpdateWithIfMatchAndLateTasksAreAnnouncedOnce() {
        clock.set(Instant.parse("2043-01-02T02:00:00Z"));
        String id = unique("task-2043");
        var created = api().post("/api/v1/tasks", """
                {"taskId":"%s","title":"Tổ chức hội nghị kết nối sản phẩm OCOP","ownerUnitCode":"DIST-533",\
                "dueDate":"2043-03-31"}""".formatted(id))
                .as("province.officer")
                .send();
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String patch = "{\"status\":\"IN_PROGRESS\",\"note\":\"Đang chuẩn bị\"}";
        assertThat(api().patch("/api/v1/tasks/" + id, patch)
                        .as("reporter.mo-duc")
                        .send()
                        .statusCode())
                .isEqualTo(428);
        assertThat(api().patch("/api/v1/tasks/" + id, patch)
                        .as("reporter.ba-to")
                        .header("If-Match", "\"1\"")
                        .send()
                        .statusCode())
                .isEqualTo(403);
        var updated = api().patch("/api/v1/tasks/" + id, patch)
                .as("reporter.mo-duc")
                .header("If-Match", "\"1\"")
                .send();
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(updated.headers().firstValue("ETag")).contains("\"2\"");
        assertThat(api().patch("/api/v1/tasks/" + id, patch)
                        .as("reporter.mo-duc")
                        .header("If-Match", "\"1\"")
                        .send()
                        .statusCode())
                .isEqualTo(412);

        clock.set(Instant.parse("2043-03-31T17:00:00Z"));
        overdue.checkNow();
        overdue.checkNow();
        assertThat(getOk("/api/v1/tasks/" + id, "operator").get("status").asString())
                .isEqualTo("OVERDUE");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> events = reportingEvents(id);
            assertThat(events.stream()
                            .map(r -> TestInfrastructure.header(r, "ce_type"))
                            .toList())
                    .containsExactly("vn.ocop.reporting.task-assigned.v1", "vn.ocop.reporting.task-overdue.v1");
            events.forEach(EventLog::assertContract);
            assertThat(text(events.get(1))).contains("\"status\":\"IN_PROGRESS\"");
        });
    }

    @Test
    void letter878TasksAreSeededWithTheirEvents() {
        JsonNode tasks = getOk("/api/v1/tasks", "province.officer");
        assertThat(tasks.findValuesAsString("taskId"))
                .contains("task-878-2020-03", "task-878-2020-02-533", "task-878-2020-01-536", "task-878-2020-05");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> events = reportingEvents("task-878-2020-03");
            // a later test's clock may already have made it overdue: assigned exactly once, first
            assertThat(events).isNotEmpty();
            assertThat(TestInfrastructure.header(events.get(0), "ce_type"))
                    .isEqualTo("vn.ocop.reporting.task-assigned.v1");
            assertThat(events.stream()
                            .filter(r -> TestInfrastructure.header(r, "ce_type").endsWith("task-assigned.v1")))
                    .hasSize(1);
            events.forEach(EventLog::assertContract);
        });
    }

    private java.net.http.HttpResponse<String> multipart(String period, String user, String name, byte[] bytes) {
        String boundary = "----ocop" + unique("b");
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"report\"\r\n"
                        + "Content-Type: application/json\r\n\r\n" + REPORT + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/periods/" + period + "/reports"))
                .header("Authorization", "Bearer " + TestInfrastructure.token(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String status(JsonNode period, String unit) {
        for (JsonNode u : period.get("units")) {
            if (unit.equals(u.get("unitCode").asString())) {
                return u.get("status").asString();
            }
        }
        throw new AssertionError("no unit " + unit);
    }
}
