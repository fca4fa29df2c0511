package vn.ocop.local.e2e;

import static vn.ocop.local.e2e.MatrixFixtures.DOSSIER;
import static vn.ocop.local.e2e.MatrixFixtures.MO_DUC_COUNCIL;
import static vn.ocop.local.e2e.MatrixFixtures.MO_DUC_DISTRICT_CONTACT;
import static vn.ocop.local.e2e.MatrixFixtures.MO_DUC_EDITABLE_CONTACT;
import static vn.ocop.local.e2e.MatrixFixtures.MO_DUC_PRODUCER;
import static vn.ocop.local.e2e.MatrixFixtures.MO_DUC_TASK;
import static vn.ocop.local.e2e.MatrixFixtures.PERIOD;
import static vn.ocop.local.e2e.MatrixFixtures.REPORTING;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * How each documented endpoint is called: which Mộ Đức object fills its path, which minimal valid body
 * it gets, and whether it changes state. Bodies are valid so that a refusal is the authorisation's and
 * not the validation's (Bean Validation runs before method security). {@code n} is the caller's index:
 * it keeps created ids apart so that every allowed caller creates its own object.
 */
final class MatrixPlans {

    /** One endpoint as its OpenAPI document lists it. */
    record Endpoint(String service, String method, String path, Map<String, String> requiredQuery) {
        String key() {
            return service + " " + method + " " + path;
        }
    }

    /**
     * @param mutating   calls run one caller after another, intruders first and owners last
     * @param namesMoDuc the path (or the body of a create) names an object of Mộ Đức, its commune, producer or council
     */
    record Plan(boolean mutating, boolean namesMoDuc, BiFunction<String, Integer, MatrixHttp.Call> call) {}

    private final MatrixFixtures fx;

    MatrixPlans(MatrixFixtures fx) {
        this.fx = fx;
    }

    Plan plan(Endpoint e) {
        String q = e.requiredQuery().isEmpty()
                ? ""
                : "?"
                        + e.requiredQuery().entrySet().stream()
                                .map(x -> x.getKey() + "=" + x.getValue())
                                .collect(Collectors.joining("&"));
        return switch (e.key()) {
            // ---- dossier-service
            case "dossier-service GET /api/v1/producers/{id}" -> read(true, "/api/v1/producers/" + MO_DUC_PRODUCER);
            case "dossier-service PUT /api/v1/producers/{id}" ->
                write(
                        true,
                        (c, n) -> MatrixHttp.Call.json("PUT", "/api/v1/producers/" + MO_DUC_PRODUCER, producerUpdate())
                                .withHeader("If-Match", fx.etag(DOSSIER, "/api/v1/producers/" + MO_DUC_PRODUCER)));
            case "dossier-service GET /api/v1/dossiers/{id}" -> read(true, "/api/v1/dossiers/" + fx.mainDossier);
            case "dossier-service PUT /api/v1/dossiers/{id}" ->
                write(
                        true,
                        (c, n) -> MatrixHttp.Call.json(
                                        "PUT",
                                        "/api/v1/dossiers/" + fx.editable,
                                        "{\"productName\":\"Dầu phộng Mộ Đức\",\"productGroup\":"
                                                + "\"FOOD_PROCESSED\",\"description\":\"Sửa bởi " + c + "\"}")
                                .withHeader("If-Match", fx.etag(DOSSIER, "/api/v1/dossiers/" + fx.editable)));
            case "dossier-service GET /api/v1/rounds" -> read(false, "/api/v1/rounds");
            case "dossier-service POST /api/v1/rounds" ->
                write(
                        false,
                        (c, n) -> MatrixHttp.Call.json(
                                "POST",
                                "/api/v1/rounds",
                                "{\"year\":" + (2040 + n) + ",\"number\":1,\"districtDeadline\":\"" + (2040 + n)
                                        + "-04-10\",\"provinceDeadline\":\"" + (2040 + n) + "-05-31\"}"));
            case "dossier-service POST /api/v1/rounds/{id}/close" ->
                write(false, (c, n) -> MatrixHttp.Call.of("POST", "/api/v1/rounds/" + fx.closableRound + "/close"));
            case "dossier-service GET /api/v1/producers" -> read(false, "/api/v1/producers");
            case "dossier-service POST /api/v1/producers" ->
                write(true, (c, n) -> MatrixHttp.Call.json("POST", "/api/v1/producers", """
                            {"kind":"HOUSEHOLD","name":"Hộ kinh doanh thử %d","registrationNumber":"43009000%02d",
                             "districtCode":"533","communeCode":"21403",
                             "contact":{"name":"Lê Thị C","phone":"09110000%02d"}}""".formatted(n, n, n)));
            case "dossier-service GET /api/v1/dossiers" -> read(false, "/api/v1/dossiers");
            case "dossier-service POST /api/v1/dossiers" ->
                write(
                        true,
                        (c, n) -> MatrixHttp.Call.json(
                                "POST",
                                "/api/v1/dossiers",
                                "{\"roundId\":\"" + fx.round + "\",\"producerId\":\"" + MO_DUC_PRODUCER
                                        + "\",\"productName\":\"Sản phẩm thử " + n
                                        + "\",\"productGroup\":\"FOOD_PROCESSED\"}"));
            case "dossier-service POST /api/v1/dossiers/{id}/withdraw" ->
                write(
                        true,
                        (c, n) -> MatrixHttp.Call.json(
                                "POST",
                                "/api/v1/dossiers/" + fx.withdrawable + "/withdraw",
                                "{\"reason\":\"Chưa đủ sản lượng\"}"));
            case "dossier-service POST /api/v1/dossiers/{id}/submit" ->
                write(true, (c, n) -> MatrixHttp.Call.of("POST", "/api/v1/dossiers/" + fx.submittable + "/submit"));
            case "dossier-service POST /api/v1/dossiers/{id}/return" ->
                write(
                        true,
                        (c, n) -> MatrixHttp.Call.json(
                                "POST",
                                "/api/v1/dossiers/" + fx.returnable + "/return",
                                "{\"reasons\":[\"Thiếu phiếu kiểm nghiệm\"]}"));
            case "dossier-service POST /api/v1/dossiers/{id}/forward" ->
                write(true, (c, n) -> MatrixHttp.Call.of("POST", "/api/v1/dossiers/" + fx.mainDossier + "/forward"));
            case "dossier-service POST /api/v1/dossiers/{id}/deadline-exception" ->
                write(
                        true,
                        (c, n) -> MatrixHttp.Call.json(
                                "POST",
                                "/api/v1/dossiers/" + fx.mainDossier + "/deadline-exception",
                                "{\"reason\":\"Hội đồng họp muộn\"}"));
            case "dossier-service GET /api/v1/dossiers/{id}/attachments" ->
                read(true, "/api/v1/dossiers/" + fx.mainDossier + "/attachments");
            case "dossier-service POST /api/v1/dossiers/{id}/attachments" ->
                write(
                        true,
                        (c, n) -> MatrixHttp.pdfUpload(
                                "/api/v1/dossiers/" + fx.uploadable + "/attachments", "BUSINESS_PLAN"));
            case "dossier-service POST /api/v1/dossiers/{id}/accept" ->
                write(true, (c, n) -> MatrixHttp.Call.of("POST", "/api/v1/dossiers/" + fx.acceptable + "/accept"));
            case "dossier-service GET /api/v1/dossiers/{id}/history" ->
                read(true, "/api/v1/dossiers/" + fx.mainDossier + "/history");
            case "dossier-service GET /api/v1/dossiers/{id}/audit" ->
                read(true, "/api/v1/dossiers/" + fx.mainDossier + "/audit");
            case "dossier-service GET /api/v1/dossiers/{id}/attachments/{attachmentId}" ->
                read(true, "/api/v1/dossiers/" + fx.mainDossier + "/attachments/" + fx.mainAttachment);
            case "dossier-service DELETE /api/v1/dossiers/{id}/attachments/{attachmentId}" ->
                write(
                        true,
                        (c, n) -> MatrixHttp.Call.of(
                                "DELETE", "/api/v1/dossiers/" + fx.pruneable + "/attachments/" + fx.freshAttachment()));
            case "dossier-service GET /api/v1/rounds/{id}" -> read(false, "/api/v1/rounds/" + fx.round);
            // ---- evaluation-service
            case "evaluation-service GET /api/v1/evaluations/{id}" ->
                read(true, "/api/v1/evaluations/" + fx.mainEvaluation);
            case "evaluation-service GET /api/v1/evaluations/{id}/score-sheets" ->
                read(true, "/api/v1/evaluations/" + fx.mainEvaluation + "/score-sheets");
            case "evaluation-service GET /api/v1/evaluations/{id}/audit" ->
                read(true, "/api/v1/evaluations/" + fx.mainEvaluation + "/audit");
            case "evaluation-service PUT /api/v1/evaluations/{id}/score-sheets/me" ->
                write(
                        true,
                        (c, n) -> MatrixHttp.Call.json(
                                "PUT",
                                "/api/v1/evaluations/" + fx.mainEvaluation + "/score-sheets/me",
                                fx.chairAnswers));
            case "evaluation-service POST /api/v1/evaluations/{id}/preliminary-score" ->
                write(
                        true,
                        (c, n) -> MatrixHttp.Call.json(
                                "POST",
                                "/api/v1/evaluations/" + fx.mainEvaluation + "/preliminary-score",
                                "{\"score\":71.5,\"note\":\"Điểm sơ bộ\"}"));
            // one sheet of three: the quorum refuses, so the session stays open for every caller
            case "evaluation-service POST /api/v1/evaluations/{id}/finalise" ->
                write(
                        true,
                        (c, n) -> MatrixHttp.Call.of("POST", "/api/v1/evaluations/" + fx.mainEvaluation + "/finalise"));
            case "evaluation-service POST /api/v1/evaluations/{id}/assign" ->
                write(
                        true,
                        (c, n) -> MatrixHttp.Call.json(
                                "POST",
                                "/api/v1/evaluations/" + fx.mainEvaluation + "/assign",
                                "{\"councilId\":\"HD-533\",\"sessionDate\":\"2020-03-30\"}"));
            case "evaluation-service GET /api/v1/recognition-decisions" -> read(false, "/api/v1/recognition-decisions");
            case "evaluation-service POST /api/v1/recognition-decisions" ->
                write(
                        true,
                        (c, n) -> MatrixHttp.Call.json(
                                "POST",
                                "/api/v1/recognition-decisions",
                                "{\"decisionNumber\":\"" + (900 + n) + "/QĐ-UBND\","
                                        + "\"decisionDate\":\"2020-05-29\",\"signer\":\"Phó Chủ tịch UBND tỉnh\",\"dossierIds\":[\""
                                        + fx.mainDossier + "\"]}"));
            // the shipped sheet again: allowed roles reach the catalogue's "id and version exist" refusal (400)
            case "evaluation-service POST /api/v1/criteria-sheets/import" ->
                write(false, (c, n) -> MatrixHttp.Call.json("POST", "/api/v1/criteria-sheets/import", fx.sheetJson));
            case "evaluation-service GET /api/v1/councils" -> read(false, "/api/v1/councils");
            case "evaluation-service POST /api/v1/councils" ->
                write(true, (c, n) -> MatrixHttp.Call.json("POST", "/api/v1/councils", """
                            {"id":"HD-533-M%d","name":"Hội đồng thử %d","level":"DISTRICT","unit":"533","members":[
                             {"userId":"matrix.chair.%d","name":"Chủ tịch","role":"CHAIR"},
                             {"userId":"matrix.member.%d","name":"Thành viên","role":"MEMBER"},
                             {"userId":"matrix.secretary.%d","name":"Thư ký","role":"SECRETARY"}]}""".formatted(n, n, n, n, n)));
            case "evaluation-service GET /api/v1/evaluations" -> read(false, "/api/v1/evaluations");
            case "evaluation-service GET /api/v1/criteria-sheets" -> read(false, "/api/v1/criteria-sheets");
            case "evaluation-service GET /api/v1/criteria-sheets/{id}" ->
                read(false, "/api/v1/criteria-sheets/" + fx.sheetId);
            case "evaluation-service GET /api/v1/councils/{id}" -> read(true, "/api/v1/councils/" + MO_DUC_COUNCIL);
            // ---- reporting-service
            // directive tasks are the province's shared tracker: everyone signed in reads them (only owners write)
            case "reporting-service GET /api/v1/tasks/{id}" -> read(false, "/api/v1/tasks/" + MO_DUC_TASK);
            case "reporting-service PATCH /api/v1/tasks/{id}" ->
                write(
                        true,
                        (c, n) -> MatrixHttp.Call.json(
                                        "PATCH",
                                        "/api/v1/tasks/" + MO_DUC_TASK,
                                        "{\"status\":\"IN_PROGRESS\",\"note\":\"Đang thực hiện\"}")
                                .withHeader("If-Match", fx.etag(REPORTING, "/api/v1/tasks/" + MO_DUC_TASK)));
            case "reporting-service POST /api/v1/tasks" ->
                write(
                        true,
                        (c, n) -> MatrixHttp.Call.json(
                                "POST",
                                "/api/v1/tasks",
                                "{\"taskId\":\"task-matrix-" + n + "\",\"title\":\"Nhiệm vụ kiểm thử\","
                                        + "\"ownerUnitCode\":\"DIST-533\",\"dueDate\":\"2020-12-31\"}"));
            case "reporting-service GET /api/v1/targets/{year}" -> read(false, "/api/v1/targets/2020");
            case "reporting-service PUT /api/v1/targets/{year}" ->
                write(
                        false,
                        (c, n) -> MatrixHttp.Call.json(
                                "PUT",
                                "/api/v1/targets/2021",
                                "{\"minProducts\":30,\"maxProducts\":40,\"minFiveStar\":1}"));
            case "reporting-service POST /api/v1/periods" ->
                write(
                        false,
                        (c, n) -> MatrixHttp.Call.json(
                                "POST", "/api/v1/periods", "{\"year\":" + (2040 + n) + ",\"half\":1}"));
            case "reporting-service POST /api/v1/periods/{id}/reports" ->
                write(
                        false,
                        (c, n) -> MatrixHttp.Call.json(
                                "POST", "/api/v1/periods/" + PERIOD + "/reports", """
                            {"figures":{"dossiersGuided":1,"productsRecognized":0,"trainingCourses":0,
                             "tradePromotionEvents":0,"budgetMillionVnd":0},"narrative":"Báo cáo của %s"}""".formatted(c)));
            case "reporting-service GET /api/v1/periods/{id}/reports/{unit}/attachment" ->
                read(true, "/api/v1/periods/" + PERIOD + "/reports/DIST-533/attachment");
            case "reporting-service GET /api/v1/periods/{id}" -> read(false, "/api/v1/periods/" + PERIOD);
            case "reporting-service GET /api/v1/periods/{id}/consolidated" ->
                read(false, "/api/v1/periods/" + PERIOD + "/consolidated");
            case "reporting-service GET /api/v1/periods/{id}/consolidated.json" ->
                read(false, "/api/v1/periods/" + PERIOD + "/consolidated.json");
            case "reporting-service GET /api/v1/periods/{id}/consolidated.xlsx" ->
                read(false, "/api/v1/periods/" + PERIOD + "/consolidated.xlsx");
            case "reporting-service GET /api/v1/periods/{id}/consolidated.pdf" ->
                read(false, "/api/v1/periods/" + PERIOD + "/consolidated.pdf");
            // ---- notification-service
            case "notification-service GET /api/v1/contacts/{id}" ->
                read(true, "/api/v1/contacts/" + MO_DUC_DISTRICT_CONTACT + "?reveal=true");
            case "notification-service PUT /api/v1/contacts/{id}" ->
                write(
                        true,
                        (c, n) -> MatrixHttp.Call.json(
                                "PUT",
                                "/api/v1/contacts/" + MO_DUC_EDITABLE_CONTACT,
                                MatrixFixtures.contactBody(MO_DUC_EDITABLE_CONTACT, 99)));
            case "notification-service DELETE /api/v1/contacts/{id}" ->
                write(true, (c, n) -> MatrixHttp.Call.of("DELETE", "/api/v1/contacts/" + fx.freshContact(n)));
            case "notification-service POST /api/v1/contacts" ->
                write(
                        true,
                        (c, n) -> MatrixHttp.Call.json(
                                "POST", "/api/v1/contacts", MatrixFixtures.contactBody("ct-matrix-new-" + n, n)));
            case "notification-service GET /api/v1/deliveries/{id}" ->
                read(true, "/api/v1/deliveries/" + fx.moDucDelivery);
            // the delivery was sent, not FAILED: the operator reaches the 409, nobody re-sends anything
            case "notification-service POST /api/v1/deliveries/{id}/redrive" ->
                write(
                        true,
                        (c, n) -> MatrixHttp.Call.of("POST", "/api/v1/deliveries/" + fx.moDucDelivery + "/redrive"));
            default -> fallback(e, q);
        };
    }

    /** An endpoint without a plan still gets called: placeholders in the path, an empty JSON body. */
    private static Plan fallback(Endpoint e, String query) {
        String path = e.path().replaceAll("\\{([^}]+)}", "unplanned-$1") + query;
        if ("GET".equals(e.method())) {
            return read(false, path);
        }
        return write(
                false,
                (c, n) -> "DELETE".equals(e.method())
                        ? MatrixHttp.Call.of(e.method(), path)
                        : MatrixHttp.Call.json(e.method(), path, "{}"));
    }

    private static Plan read(boolean namesMoDuc, String path) {
        return new Plan(false, namesMoDuc, (c, n) -> MatrixHttp.Call.of("GET", path));
    }

    private static Plan write(boolean namesMoDuc, BiFunction<String, Integer, MatrixHttp.Call> call) {
        return new Plan(true, namesMoDuc, call);
    }

    /** The producer as registered: an allowed update changes nothing but the version. */
    static String producerUpdate() {
        return """
                {"kind":"COOPERATIVE","name":"HTX Nông nghiệp Đức Lợi","districtCode":"533","communeCode":"21403",
                 "address":"Thôn 2, xã Đức Lợi",
                 "contact":{"name":"Nguyễn Văn A","phone":"%s","email":"%s"}}""".formatted(MatrixFixtures.MO_DUC_PHONE, MatrixFixtures.MO_DUC_EMAIL);
    }

    static boolean isPublic(String path) {
        return path.startsWith("/api/v1/public/");
    }
}
