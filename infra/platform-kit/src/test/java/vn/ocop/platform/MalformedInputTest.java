package vn.ocop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.platform.test.TestInfrastructure;

/** Malformed input of every kind answers 400 problem+json naming the field and the reason in both languages. */
class MalformedInputTest extends KitTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String freshOfficer() {
        return TestInfrastructure.issuer()
                .mint(
                        Map.of("sub", UUID.randomUUID().toString(), "roles", List.of("PROVINCE_OFFICER")),
                        Duration.ofMinutes(5));
    }

    private HttpResponse<String> form(String json) {
        return api().post("/api/v1/forms", json).bearer(freshOfficer()).send();
    }

    /** The one field problem of a 400 problem+json answer. */
    private static JsonNode onlyError(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.path("detail_vi").asString("")).isNotBlank();
        assertThat(problem.get("errors")).as(r.body()).hasSize(1);
        return problem.get("errors").get(0);
    }

    @Test
    void nullListElementIsRefusedNamingItsIndex() {
        JsonNode error = onlyError(form("{\"members\":[{\"name\":\"A\"},null]}"));
        assertThat(error.get("field").asString()).isEqualTo("members[1]");
        assertThat(error.get("reason").asString()).isEqualTo("must not be null");
        assertThat(error.get("reason_vi").asString()).isEqualTo("không được là null");
    }

    @Test
    void nullMapValueIsRefusedNamingItsKey() {
        JsonNode error = onlyError(form("{\"answers\":{\"A1.1\":null}}"));
        assertThat(error.get("field").asString()).isEqualTo("answers.A1.1");
    }

    @Test
    void containerElementConstraintsNameTheElementAsTheJsonPath() {
        JsonNode error = onlyError(form("{\"answers\":{\"A1.1\":\" \"}}"));
        assertThat(error.get("field").asString()).isEqualTo("answers.A1.1");
        assertThat(error.get("reason_vi").asString()).isEqualTo("không được để trống");
        assertThat(onlyError(form("{\"members\":[{\"name\":\"\"}]}"))
                        .get("field")
                        .asString())
                .isEqualTo("members[0].name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-45", "2020-02-30", "2020-2-3", "mai"})
    void invalidDateIsRefusedNamingTheFieldAndTheFormat(String date) {
        JsonNode error = onlyError(form("{\"deadline\":\"" + date + "\"}"));
        assertThat(error.get("field").asString()).isEqualTo("deadline");
        assertThat(error.get("reason").asString()).isEqualTo("is not a valid date (yyyy-MM-dd)");
        assertThat(error.get("reason_vi").asString()).isEqualTo("không phải ngày hợp lệ (yyyy-MM-dd)");
    }

    @Test
    void validDateIsAccepted() {
        HttpResponse<String> r = form("{\"deadline\":\"2020-02-29\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("2020-02-29");
    }

    @Test
    void invalidInstantIsRefusedNamingTheField() {
        JsonNode error = onlyError(form("{\"at\":\"2020-03-30 25:00\"}"));
        assertThat(error.get("field").asString()).isEqualTo("at");
        assertThat(error.get("reason_vi").asString()).startsWith("không phải thời điểm hợp lệ");
    }

    @Test
    void textWhereANumberIsDueIsRefusedNamingTheField() {
        JsonNode error = onlyError(form("{\"count\":\"mười\"}"));
        assertThat(error.get("field").asString()).isEqualTo("count");
        assertThat(error.get("reason").asString()).isEqualTo("must be a whole number");
        assertThat(onlyError(form("{\"count\":1.5}")).get("field").asString()).isEqualTo("count");
    }

    @Test
    void unknownEnumValueIsRefusedListingTheAllowedValues() {
        JsonNode error = onlyError(form("{\"level\":\"GALACTIC\"}"));
        assertThat(error.get("field").asString()).isEqualTo("level");
        assertThat(error.get("reason").asString()).isEqualTo("must be one of DISTRICT, PROVINCE");
        assertThat(error.get("reason_vi").asString()).isEqualTo("phải là một trong các giá trị DISTRICT, PROVINCE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "12.5", "true"})
    void numberOrBooleanWhereTextIsDueIsRefusedNotTurnedIntoText(String scalar) {
        JsonNode error = onlyError(form("{\"name\":" + scalar + "}"));
        assertThat(error.get("field").asString()).isEqualTo("name");
        assertThat(error.get("reason").asString()).isEqualTo("must be text (a JSON string)");
        HttpResponse<String> thing = api().post("/api/v1/things", "{\"name\":" + scalar + "}")
                .bearer(freshOfficer())
                .send();
        assertThat(thing.statusCode()).as(thing.body()).isEqualTo(400);
    }

    @Test
    void objectWhereAListIsDueIsRefusedNamingTheField() {
        JsonNode error = onlyError(form("{\"members\":{\"a\":1}}"));
        assertThat(error.get("field").asString()).isEqualTo("members");
        assertThat(error.get("reason").asString()).isEqualTo("must be a list (a JSON array)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u202E", "\\u202A", "\\u202D", "\\u2066", "\\u2069", "\\u200E", "\\u200F", "\\u061C"})
    void bidiControlCharactersAreRefusedNamingTheField(String escaped) {
        JsonNode error = onlyError(api().post("/api/v1/things", "{\"name\":\"HTX " + escaped + "fdp.exe\"}")
                .bearer(freshOfficer())
                .send());
        assertThat(error.get("field").asString()).isEqualTo("name");
        assertThat(error.get("reason").asString()).startsWith("contains bidirectional control characters");
        assertThat(error.get("reason_vi").asString()).startsWith("chứa ký tự điều khiển hướng văn bản");
    }

    @Test
    void arabicAndVietnameseTextWithoutControlsIsAccepted() {
        HttpResponse<String> r = form("{\"name\":\"Hợp tác xã \u0645\u0631\u062D\u0628\u0627\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void errorPageCalledDirectlyIs404ProblemForAnonymousAndSignedInCallers() {
        for (HttpResponse<String> r : List.of(
                api().get("/error").send(),
                api().get("/error").bearer(freshOfficer()).send(),
                api().post("/error", "{}").send())) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(r.body());
            assertThat(problem.get("status").asInt()).isEqualTo(404);
            assertThat(problem.get("code").asString()).isEqualTo("not-found");
            assertThat(problem.path("detail_vi").asString("")).isNotBlank();
        }
    }

    @Test
    void exceptionEscapingAFilterGetsTheSameProblemAsFromAHandler() {
        HttpResponse<String> r = api().get("/api/v1/public/filter-fault").send();
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(r.body())
                .contains("\"code\":\"internal\"")
                .contains("detail_vi")
                .contains("\"instance\":\"/api/v1/public/filter-fault\"")
                .doesNotContain("broken filter");
    }

    @Test
    void statusSentByAFilterGetsItsProblemWithoutTheInternalMessage() {
        HttpResponse<String> r = api().get("/api/v1/public/filter-refusal").send();
        assertThat(r.statusCode()).isEqualTo(418);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(r.body()).contains("\"status\":418").contains("detail_vi").doesNotContain("internal detail");
    }

    @Test
    void unknownPathAndWrongMethodStillGetTheirOwnProblems() {
        HttpResponse<String> missing =
                api().get("/api/v1/nothing-here").bearer(freshOfficer()).send();
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("\"code\":\"not-found\"").contains("/api/v1/nothing-here");
        HttpResponse<String> method =
                api().delete("/api/v1/forms").bearer(freshOfficer()).send();
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(method.body()).contains("\"code\":\"method-not-allowed\"");
    }

    @Test
    void oversizedHeaderGetsAProblemNotTomcatsHtmlPage() throws IOException {
        String reply = rawRequest("GET /api/v1/public/ping HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: session="
                + "x".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
        assertThat(reply).startsWith("HTTP/1.1 400");
        assertThat(reply.toLowerCase())
                .contains("content-type: application/problem+json")
                .doesNotContain("<html");
        JsonNode problem = JSON.readTree(reply.substring(reply.indexOf("\r\n\r\n") + 4));
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).contains("headers");
        assertThat(problem.get("detail_vi").asString()).contains("quá lớn");
    }

    @Test
    void malformedRequestLineGetsAProblem() throws IOException {
        String reply = rawRequest(
                "GET /api/v1/public/ping?a=<x> HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close" + "\r\n\r\n");
        assertThat(reply).startsWith("HTTP/1.1 400");
        assertThat(reply.toLowerCase())
                .contains("content-type: application/problem+json")
                .doesNotContain("<html");
    }

    /** What the server answers on the wire: HttpClient refuses to send some of these. */
    private String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
