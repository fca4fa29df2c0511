package vn.ocop.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.local.OcopService;

/**
 * Issue 18's malformed input against the running services: nulls inside lists and maps, impossible dates, numbers
 * sent for text, bidi control characters, a 20 KB header and the bare {@code /error} page. Each case that names a
 * field must get it back in the problem's {@code errors[].field}.
 */
final class MalformedInputCases {

    static final String SOURCE = "malformed";
    private static final String RLO = "\u202E";
    private static final String LRI = "\u2066";
    private static final Map<String, String> EXPECTED_FIELDS = new LinkedHashMap<>();
    private static final List<BadInputCase> CASES = new ArrayList<>();

    static {
        json(
                OcopService.EVALUATION,
                "score sheet: a null answer",
                "PUT",
                "/api/v1/evaluations/QNG-NOPE:DISTRICT/score-sheets/me",
                "council.mo-duc.member1",
                "{\"answers\":{\"A1.1\":null}}",
                "answers.A1.1");
        json(
                OcopService.EVALUATION,
                "council: a null member",
                "POST",
                "/api/v1/councils",
                "province.officer",
                "{\"id\":\"HD-N1\",\"name\":\"Hội đồng\",\"level\":\"DISTRICT\",\"unit\":\"533\",\"members\":[null]}",
                "members[0]");
        json(
                OcopService.EVALUATION,
                "assign: session date 2026-13-45",
                "POST",
                "/api/v1/evaluations/QNG-NOPE:DISTRICT/assign",
                "district.mo-duc",
                "{\"councilId\":\"HD-533\",\"sessionDate\":\"2026-13-45\"}",
                "sessionDate");
        json(
                OcopService.EVALUATION,
                "recognition: decision date 2020-02-30",
                "POST",
                "/api/v1/recognition-decisions",
                "province.officer",
                "{\"decisionNumber\":\"9/QĐ-UBND\",\"decisionDate\":\"2020-02-30\","
                        + "\"signer\":\"Chủ tịch\",\"dossierIds\":[\"QNG-NOPE\"]}",
                "decisionDate");
        json(
                OcopService.EVALUATION,
                "council: member name with a right-to-left override",
                "POST",
                "/api/v1/councils",
                "province.officer",
                "{\"id\":\"HD-N2\",\"name\":\"Hội đồng\",\"level\":\"DISTRICT\",\"unit\":\"533\","
                        + "\"members\":[{\"userId\":\"a\",\"name\":\"A" + RLO + "fdp.exe\",\"role\":\"CHAIR\"}]}",
                "members[0].name");

        json(
                OcopService.DOSSIER,
                "round: district deadline 2026-13-45",
                "POST",
                "/api/v1/rounds",
                "province.officer",
                "{\"year\":2042,\"number\":1,\"legalBasis\":\"QD1048_2019\",\"districtDeadline\":\"2026-13-45\","
                        + "\"provinceDeadline\":\"2042-05-31\"}",
                "districtDeadline");
        json(
                OcopService.DOSSIER,
                "round: province deadline 2020-02-30",
                "POST",
                "/api/v1/rounds",
                "province.officer",
                "{\"year\":2042,\"number\":1,\"legalBasis\":\"QD1048_2019\",\"districtDeadline\":\"2042-04-10\","
                        + "\"provinceDeadline\":\"2020-02-30\"}",
                "provinceDeadline");
        json(
                OcopService.DOSSIER,
                "dossier: a number for the product name",
                "POST",
                "/api/v1/dossiers",
                "producer.mo-duc",
                "{\"roundId\":\"{round}\",\"producerId\":\"PR-4300100001\",\"productName\":12345,"
                        + "\"productGroup\":\"FOOD_PROCESSED\"}",
                "productName");
        json(
                OcopService.DOSSIER,
                "dossier: product name with an isolate",
                "POST",
                "/api/v1/dossiers",
                "producer.mo-duc",
                "{\"roundId\":\"{round}\",\"producerId\":\"PR-4300100001\",\"productName\":\"Mạch nha" + LRI
                        + "\",\"productGroup\":\"FOOD_PROCESSED\"}",
                "productName");
        json(
                OcopService.DOSSIER,
                "return: a null reason",
                "POST",
                "/api/v1/dossiers/{draft}/return",
                "district.mo-duc",
                "{\"reasons\":[null]}",
                "reasons[0]");
        json(
                OcopService.DOSSIER,
                "producer: name with a right-to-left override",
                "POST",
                "/api/v1/producers",
                "province.officer",
                "{\"kind\":\"COOPERATIVE\",\"name\":\"HTX " + RLO + "fdp.exe\","
                        + "\"registrationNumber\":\"4300188882\",\"districtCode\":\"533\",\"communeCode\":\"21403\","
                        + "\"address\":\"Thôn 1\",\"contact\":{\"name\":\"A\",\"phone\":\"0912345678\","
                        + "\"email\":\"a@example.vn\"}}",
                "name");

        json(
                OcopService.REPORTING,
                "task: due date 2020-02-30",
                "POST",
                "/api/v1/tasks",
                "province.officer",
                "{\"taskId\":\"T-N1\",\"title\":\"Việc\",\"ownerUnitCode\":\"DARD\",\"dueDate\":\"2020-02-30\"}",
                "dueDate");
        json(
                OcopService.REPORTING,
                "task: a number for the title",
                "POST",
                "/api/v1/tasks",
                "province.officer",
                "{\"taskId\":\"T-N2\",\"title\":878,\"ownerUnitCode\":\"DARD\",\"dueDate\":\"2041-06-20\"}",
                "title");

        json(
                OcopService.NOTIFICATION,
                "contact: name with a right-to-left override",
                "POST",
                "/api/v1/contacts",
                "operator",
                "{\"name\":\"Phòng " + RLO + "NN\",\"role\":\"DISTRICT_OFFICER\",\"districtCode\":\"533\","
                        + "\"email\":\"pnn@example.vn\"}",
                "name");
        json(
                OcopService.NOTIFICATION,
                "contact: a boolean for the name",
                "POST",
                "/api/v1/contacts",
                "operator",
                "{\"name\":true,\"role\":\"DISTRICT_OFFICER\",\"districtCode\":\"533\",\"email\":\"pnn@example.vn\"}",
                "name");

        for (OcopService service : OcopService.values()) {
            add(service, "the bare error page, anonymous", "GET", "/error", null, Map.of(), null, null);
            add(service, "the bare error page, signed in", "GET", "/error", "province.officer", Map.of(), null, null);
            add(
                    service,
                    "a 20 KB header",
                    "GET",
                    "/api/v1/",
                    null,
                    Map.of("X-Padding", "x".repeat(20_000)),
                    null,
                    null);
        }
    }

    private MalformedInputCases() {}

    static List<BadInputCase> all() {
        return List.copyOf(CASES);
    }

    /** The field the problem must name, for the cases that have one. */
    static Optional<String> expectedField(BadInputCase c) {
        return SOURCE.equals(c.source())
                ? Optional.ofNullable(EXPECTED_FIELDS.get(c.service() + " " + c.name()))
                : Optional.empty();
    }

    private static void json(
            OcopService service, String name, String method, String path, String user, String body, String field) {
        add(
                service,
                name,
                method,
                path,
                user,
                Map.of("Content-Type", "application/json"),
                body.getBytes(StandardCharsets.UTF_8),
                field);
    }

    private static void add(
            OcopService service,
            String name,
            String method,
            String path,
            String user,
            Map<String, String> headers,
            byte[] body,
            String field) {
        CASES.add(new BadInputCase(
                SOURCE, name, service, method, path, user, new LinkedHashMap<>(headers), body, null, 400, 499));
        if (field != null) {
            EXPECTED_FIELDS.put(service + " " + name, field);
        }
    }
}
