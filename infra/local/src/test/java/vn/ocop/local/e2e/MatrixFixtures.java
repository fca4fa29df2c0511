package vn.ocop.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.ocop.client.Multipart;

/**
 * The objects the matrix aims at, seeded through the public APIs in two districts: Mộ Đức (533, the
 * "owner" district whose ids fill every path) and Ba Tơ (535, whose users must never reach them).
 * State-changing endpoints get their own dossier so that no call's effect changes another's outcome.
 */
final class MatrixFixtures {

    static final String DOSSIER = "dossier-service";
    static final String EVALUATION = "evaluation-service";
    static final String REPORTING = "reporting-service";
    static final String NOTIFICATION = "notification-service";
    static final String MO_DUC_PRODUCER = "PR-4300100001";
    static final String BA_TO_PRODUCER = "PR-4300100002";
    static final String MO_DUC_PHONE = "0912345678";
    static final String MO_DUC_EMAIL = "htx.ducloi@example.vn";
    /** Written only into Mộ Đức's semi-annual report: a Ba Tơ caller must never read it. */
    static final String MO_DUC_REPORT_MARKER = "bao-cao-rieng-533";

    static final String PERIOD = "2020-H1";
    static final String MO_DUC_TASK = "task-878-2020-01-533";
    static final String MO_DUC_COUNCIL = "HD-533";
    static final String MO_DUC_DISTRICT_CONTACT = "ct-dist-533";
    static final String MO_DUC_EDITABLE_CONTACT = "ct-matrix-533";
    private static final Duration EVENTUALLY = Duration.ofSeconds(90);

    private final MatrixHttp http;

    String round;
    String closableRound;
    /** Accepted, its district evaluation assigned to HD-533 with the chair's sheet handed in. */
    String mainDossier;

    String mainAttachment;
    String mainEvaluation;
    String acceptable;
    String returnable;
    String submittable;
    String withdrawable;
    String editable;
    String uploadable;
    /** Deletes get their own draft: two writers on one dossier would meet its optimistic lock (412). */
    String pruneable;

    String baToDossier;
    String sheetId;
    String sheetJson;
    String chairAnswers;
    String moDucDelivery;
    final List<String> moDucDossiers = new ArrayList<>();

    MatrixFixtures(MatrixHttp http) {
        this.http = http;
    }

    void seed() {
        round = created(
                        http.post(
                                DOSSIER,
                                "/api/v1/rounds",
                                "province.officer",
                                "{\"year\":2020,\"number\":1,\"districtDeadline\":\"2020-04-10\",\"provinceDeadline\":\"2020-05-31\"}"))
                .get("id")
                .asString();
        closableRound = created(
                        http.post(
                                DOSSIER,
                                "/api/v1/rounds",
                                "province.officer",
                                "{\"year\":2020,\"number\":2,\"districtDeadline\":\"2020-09-10\",\"provinceDeadline\":\"2020-10-31\"}"))
                .get("id")
                .asString();
        created(http.post(DOSSIER, "/api/v1/producers", "district.mo-duc", """
                {"kind":"COOPERATIVE","name":"HTX Nông nghiệp Đức Lợi","registrationNumber":"4300100001",
                 "districtCode":"533","communeCode":"21403","address":"Thôn 2, xã Đức Lợi",
                 "contact":{"name":"Nguyễn Văn A","phone":"%s","email":"%s"}}""".formatted(MO_DUC_PHONE, MO_DUC_EMAIL)));
        created(http.post(DOSSIER, "/api/v1/producers", "district.ba-to", """
                {"kind":"COOPERATIVE","name":"HTX Ba Điền","registrationNumber":"4300100002",
                 "districtCode":"535","communeCode":"21487",
                 "contact":{"name":"Đinh Văn B","phone":"0987654321","email":"htx.badien@example.vn"}}"""));

        mainDossier = complete(open("producer.mo-duc", MO_DUC_PRODUCER, "Mạch nha Mộ Đức"), "producer.mo-duc");
        mainAttachment = http.get(DOSSIER, "/api/v1/dossiers/" + mainDossier + "/attachments", "producer.mo-duc")
                .json()
                .get(0)
                .get("id")
                .asString();
        submit(mainDossier, "producer.mo-duc");
        ok(http.post(DOSSIER, "/api/v1/dossiers/" + mainDossier + "/accept", "district.mo-duc", null));
        acceptable = complete(open("producer.mo-duc", MO_DUC_PRODUCER, "Tỏi Mộ Đức"), "producer.mo-duc");
        submit(acceptable, "producer.mo-duc");
        returnable = complete(open("producer.mo-duc", MO_DUC_PRODUCER, "Nước mắm Mộ Đức"), "producer.mo-duc");
        submit(returnable, "producer.mo-duc");
        submittable = complete(open("producer.mo-duc", MO_DUC_PRODUCER, "Bánh tráng Mộ Đức"), "producer.mo-duc");
        withdrawable = open("producer.mo-duc", MO_DUC_PRODUCER, "Mật ong Mộ Đức");
        editable = open("producer.mo-duc", MO_DUC_PRODUCER, "Dầu phộng Mộ Đức");
        uploadable = open("producer.mo-duc", MO_DUC_PRODUCER, "Chả cá Mộ Đức");
        pruneable = open("producer.mo-duc", MO_DUC_PRODUCER, "Bánh ít Mộ Đức");

        baToDossier = complete(open("producer.ba-to", BA_TO_PRODUCER, "Rượu cần Ba Tơ"), "producer.ba-to");
        submit(baToDossier, "producer.ba-to");
        ok(http.post(DOSSIER, "/api/v1/dossiers/" + baToDossier + "/accept", "district.ba-to", null));

        seedCouncilsAndEvaluations();
        seedNotifications();
        seedReporting();
    }

    private void seedCouncilsAndEvaluations() {
        created(http.post(EVALUATION, "/api/v1/councils", "district.mo-duc", """
                {"id":"HD-533","name":"Hội đồng huyện Mộ Đức","level":"DISTRICT","unit":"533","members":[
                 {"userId":"council.mo-duc.chair","name":"Chủ tịch","role":"CHAIR"},
                 {"userId":"council.mo-duc.member1","name":"Thành viên","role":"MEMBER"},
                 {"userId":"council.mo-duc.member2","name":"Thư ký","role":"SECRETARY"}]}"""));
        created(http.post(EVALUATION, "/api/v1/councils", "district.ba-to", """
                {"id":"HD-535","name":"Hội đồng huyện Ba Tơ","level":"DISTRICT","unit":"535","members":[
                 {"userId":"council.ba-to.chair","name":"Chủ tịch","role":"CHAIR"},
                 {"userId":"council.ba-to.member1","name":"Thành viên","role":"MEMBER"},
                 {"userId":"council.ba-to.member2","name":"Thư ký","role":"SECRETARY"}]}"""));
        mainEvaluation = mainDossier + ":DISTRICT";
        String baToEvaluation = baToDossier + ":DISTRICT";
        await().atMost(EVENTUALLY)
                .until(() -> http.get(EVALUATION, "/api/v1/evaluations/" + mainEvaluation, "district.mo-duc")
                                        .status()
                                == 200
                        && http.get(EVALUATION, "/api/v1/evaluations/" + baToEvaluation, "district.ba-to")
                                        .status()
                                == 200);
        MatrixHttp.Reply assigned = ok(http.post(
                EVALUATION,
                "/api/v1/evaluations/" + mainEvaluation + "/assign",
                "district.mo-duc",
                "{\"councilId\":\"HD-533\",\"sessionDate\":\"2020-03-30\"}"));
        ok(http.post(
                EVALUATION,
                "/api/v1/evaluations/" + baToEvaluation + "/assign",
                "district.ba-to",
                "{\"councilId\":\"HD-535\",\"sessionDate\":\"2020-03-31\"}"));
        sheetId = assigned.json().get("assignment").get("sheetId").asString();
        MatrixHttp.Reply sheet = ok(http.get(EVALUATION, "/api/v1/criteria-sheets/" + sheetId, "province.officer"));
        sheetJson = sheet.body();
        chairAnswers = PlatformClient.JSON.writeValueAsString(
                Map.of("answers", FullCycleIT.answersTotalling(sheet.json(), 80)));
        ok(http.put(
                EVALUATION,
                "/api/v1/evaluations/" + mainEvaluation + "/score-sheets/me",
                "council.mo-duc.chair",
                chairAnswers,
                null));
    }

    private void seedNotifications() {
        created(http.post(
                NOTIFICATION, "/api/v1/contacts", "province.officer", contactBody(MO_DUC_EDITABLE_CONTACT, 99)));
        await().atMost(EVENTUALLY).until(() -> moDucDeliveries().findAny().isPresent());
        moDucDelivery = moDucDeliveries().min(Comparator.naturalOrder()).orElseThrow();
    }

    private java.util.stream.Stream<String> moDucDeliveries() {
        MatrixHttp.Reply r =
                http.get(NOTIFICATION, "/api/v1/deliveries?eventType=vn.ocop.dossier.submitted.v1", "operator");
        List<String> ids = new ArrayList<>();
        if (r.status() == 200) {
            r.json().forEach(d -> {
                if ("533".equals(d.path("districtCode").asString())) {
                    ids.add(d.get("id").asString());
                }
            });
        }
        return ids.stream();
    }

    /** A commune officer's contact in Mộ Đức; {@code n} keeps ids, e-mails and phones apart. */
    static String contactBody(String id, int n) {
        return """
                {"id":"%s","name":"Cán bộ xã Đức Lợi %d","role":"COMMUNE_OFFICER","districtCode":"533",
                 "communeCode":"21403","email":"matrix%d@example.gov.vn","phone":"09001000%02d",
                 "channels":["EMAIL"],"language":"vi"}""".formatted(id, n, n, n);
    }

    private void seedReporting() {
        created(http.post(REPORTING, "/api/v1/periods", "province.officer", "{\"year\":2020,\"half\":1}"));
        String report = """
                {"figures":{"dossiersGuided":7,"productsRecognized":1,"trainingCourses":2,"tradePromotionEvents":1,
                 "budgetMillionVnd":120},"narrative":"Huyện Mộ Đức %s"}""".formatted(MO_DUC_REPORT_MARKER);
        MatrixHttp.Call multipart = MatrixHttp.Call.multipart(
                "POST",
                "/api/v1/periods/" + PERIOD + "/reports",
                Multipart.create()
                        .part("report", "application/json", report)
                        .file("attachment", "bao-cao-533.pdf", "application/pdf", Multipart.samplePdf()));
        created(http.send(REPORTING, multipart, "reporter.mo-duc"));
        // the reporting views learn of the round from the event; the funnel answers once they have
        await().atMost(EVENTUALLY)
                .until(() -> http.get(REPORTING, "/api/v1/funnel", "province.officer")
                                        .status()
                                == 200
                        && http.get(REPORTING, "/api/v1/tasks/" + MO_DUC_TASK, "province.officer")
                                        .status()
                                == 200);
    }

    String open(String producerUser, String producerId, String productName) {
        JsonNode d = created(http.post(
                DOSSIER,
                "/api/v1/dossiers",
                producerUser,
                "{\"roundId\":\"" + round + "\",\"producerId\":\"" + producerId + "\",\"productName\":\"" + productName
                        + "\",\"productGroup\":\"FOOD_PROCESSED\",\"description\":\"Sản phẩm kiểm thử\"}"));
        String id = d.get("id").asString();
        if (MO_DUC_PRODUCER.equals(producerId)) {
            moDucDossiers.add(id);
        }
        return id;
    }

    /** Uploads every document the checklist still misses. */
    String complete(String dossierId, String producerUser) {
        JsonNode d = ok(http.get(DOSSIER, "/api/v1/dossiers/" + dossierId, producerUser))
                .json();
        for (JsonNode missing : d.get("checklist").get("missing")) {
            created(http.send(
                    DOSSIER,
                    MatrixHttp.pdfUpload("/api/v1/dossiers/" + dossierId + "/attachments", missing.asString()),
                    producerUser));
        }
        return dossierId;
    }

    /** A fresh attachment on the pruneable draft, for one caller's delete. */
    String freshAttachment() {
        return created(http.send(
                        DOSSIER,
                        MatrixHttp.pdfUpload("/api/v1/dossiers/" + pruneable + "/attachments", "REGISTRATION_FORM"),
                        "producer.mo-duc"))
                .get("id")
                .asString();
    }

    /** A fresh Mộ Đức contact, for one caller's delete. */
    String freshContact(int n) {
        String id = "ct-matrix-del-" + n;
        created(http.post(NOTIFICATION, "/api/v1/contacts", "province.officer", contactBody(id, n)));
        return id;
    }

    /** The current ETag as the province reads it, so that If-Match is never the reason for a refusal. */
    String etag(String service, String path) {
        return ok(http.get(service, path, "province.officer")).header("ETag");
    }

    private void submit(String dossierId, String user) {
        ok(http.post(DOSSIER, "/api/v1/dossiers/" + dossierId + "/submit", user, null));
    }

    private static JsonNode created(MatrixHttp.Reply r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private static MatrixHttp.Reply ok(MatrixHttp.Reply r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r;
    }
}
