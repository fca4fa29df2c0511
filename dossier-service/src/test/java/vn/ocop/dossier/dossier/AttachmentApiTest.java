package vn.ocop.dossier.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.ocop.dossier.support.DossierServiceTestBase;
import vn.ocop.dossier.support.Files;
import vn.ocop.platform.test.SampleFiles;

class AttachmentApiTest extends DossierServiceTestBase {

    private String draft() {
        return newDraft(newRound(LocalDate.of(2020, 4, 10)));
    }

    @Test
    void storesAFileWithItsChecksumAndServesTheSameBytes() throws Exception {
        String id = draft();
        byte[] pdf = Files.pdf("phương án kinh doanh");
        HttpResponse<String> r = upload(id, "producer.mo-duc", "BUSINESS_PLAN", "../../Phương án kinh doanh.pdf", pdf);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode att = json(r);
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(att.get("sha256").asString()).isEqualTo(sha);
        assertThat(att.get("fileName").asString()).isEqualTo("Phương án kinh doanh.pdf");
        assertThat(att.get("contentType").asString()).isEqualTo("application/pdf");

        HttpResponse<byte[]> file = download(r.headers().firstValue("Location").orElseThrow(), "district.mo-duc");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(pdf);
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download(r.headers().firstValue("Location").orElseThrow(), "district.ba-to")
                        .statusCode())
                .isEqualTo(404);
        assertThat(missingDocuments(id)).doesNotContain("BUSINESS_PLAN");
    }

    @Test
    void uploadWithAnIdempotencyKeyIsStoredOnceAndItsRetryGetsTheSameAnswer() {
        String id = draft();
        byte[] pdf = Files.pdf("giấy chứng nhận");
        java.util.Map<String, String> key =
                java.util.Map.of("Idempotency-Key", "upload-" + java.util.UUID.randomUUID());

        HttpResponse<String> first = upload(id, "producer.mo-duc", "BUSINESS_PLAN", "giay-chung-nhan.pdf", pdf, key);
        HttpResponse<String> retry = upload(id, "producer.mo-duc", "BUSINESS_PLAN", "giay-chung-nhan.pdf", pdf, key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Idempotency-Replayed")).hasValue("true");
        assertThat(json(api().get("/api/v1/dossiers/" + id)
                                .as("producer.mo-duc")
                                .send())
                        .get("attachments"))
                .hasSize(1);
    }

    @Test
    void acceptsImagesAndOfficeDocumentsByTheirContent() {
        String id = draft();
        assertThat(upload(id, "producer.mo-duc", "PRODUCT_SAMPLES", "mau.png", Files.png())
                        .statusCode())
                .isEqualTo(201);
        assertThat(upload(id, "producer.mo-duc", "PRODUCT_SAMPLES", "mau.JPG", Files.jpeg())
                        .statusCode())
                .isEqualTo(201);
        assertThat(upload(id, "producer.mo-duc", "BUSINESS_PLAN", "ke-hoach.docx", Files.docx())
                        .statusCode())
                .isEqualTo(201);
        assertThat(upload(id, "producer.mo-duc", "OTHER", "so-lieu.xlsx", Files.xlsx())
                        .statusCode())
                .isEqualTo(201);
        JsonNode list = json(api().get("/api/v1/dossiers/" + id + "/attachments")
                .as("commune.duc-loi")
                .send());
        assertThat(list).hasSize(4);
    }

    @Test
    void refusesAnExecutableRenamedPdfAndAPdfNamedExe() {
        String id = draft();
        HttpResponse<String> exe = upload(id, "producer.mo-duc", "BUSINESS_PLAN", "ke-hoach.pdf", Files.exe());
        assertThat(exe.statusCode()).isEqualTo(422);
        assertThat(json(exe).get("code").asString()).isEqualTo("file-type-not-allowed");
        HttpResponse<String> named = upload(id, "producer.mo-duc", "BUSINESS_PLAN", "ke-hoach.exe", Files.pdf("x"));
        assertThat(named.statusCode()).isEqualTo(422);
        assertThat(json(named).get("code").asString()).isEqualTo("file-type-mismatch");
        HttpResponse<String> zip = upload(id, "producer.mo-duc", "BUSINESS_PLAN", "ke-hoach.docx", Files.plainZip());
        assertThat(zip.statusCode()).isEqualTo(422);
        assertThat(dossier(id).get("attachments")).isEmpty();
        assertThat(dossier(id).get("version").asLong()).isEqualTo(1);
    }

    @Test
    void refusesAZipBombAtTheInflationBoundAndStoresNothing() {
        String id = draft();
        // 40 MiB of zeros in a DOCX of about 40 KB: under the 64 KB test limit, a thousand times its size inflated
        byte[] bomb = SampleFiles.docxBomb(40L << 20);
        assertThat(bomb.length).isLessThan(64 * 1024);
        HttpResponse<String> r = upload(id, "producer.mo-duc", "BUSINESS_PLAN", "ke-hoach.docx", bomb);
        assertRefusedFile(r, "file-inflates-too-much");
        assertThat(dossier(id).get("attachments")).isEmpty();
        assertThat(dossier(id).get("version").asLong()).isEqualTo(1);
        byte[] prose = SampleFiles.wordDocument(150);
        assertThat(upload(id, "producer.mo-duc", "BUSINESS_PLAN", "ke-hoach.docx", prose)
                        .statusCode())
                .as("an ordinary document of the same shape")
                .isEqualTo(201);
    }

    @Test
    void refusesPdfsWithJavaScriptLaunchActionsOrEmbeddedFiles() {
        String id = draft();
        assertRefusedFile(
                upload(id, "producer.mo-duc", "BUSINESS_PLAN", "a.pdf", SampleFiles.pdfWithOpenActionJavaScript()),
                "pdf-active-content");
        assertRefusedFile(
                upload(id, "producer.mo-duc", "BUSINESS_PLAN", "b.pdf", SampleFiles.pdfWithHexEscapedJavaScript()),
                "pdf-active-content");
        assertRefusedFile(
                upload(id, "producer.mo-duc", "BUSINESS_PLAN", "c.pdf", SampleFiles.pdfWithJavaScriptInObjectStream()),
                "pdf-active-content");
        assertRefusedFile(
                upload(id, "producer.mo-duc", "BUSINESS_PLAN", "d.pdf", SampleFiles.pdfWithLaunch()),
                "pdf-active-content");
        assertRefusedFile(
                upload(id, "producer.mo-duc", "BUSINESS_PLAN", "e.pdf", SampleFiles.pdfWithEmbeddedFile()),
                "pdf-active-content");
        assertThat(dossier(id).get("attachments")).isEmpty();
        assertThat(dossier(id).get("version").asLong()).isEqualTo(1);
    }

    @Test
    void refusesAPdfThatIsAlsoHtml() {
        String id = draft();
        assertRefusedFile(
                upload(id, "producer.mo-duc", "BUSINESS_PLAN", "form.pdf", SampleFiles.pdfHtmlPolyglot()),
                "pdf-polyglot");
        assertThat(dossier(id).get("attachments")).isEmpty();
    }

    @Test
    void servesFilesAsAttachmentsUnderTheirSafeNameAndSniffedType() {
        String id = draft();
        HttpResponse<String> r =
                upload(id, "producer.mo-duc", "OTHER", "Bảng số liệu\u202Efdp.xlsx", Files.xlsx(), java.util.Map.of());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        HttpResponse<byte[]> file = download(r.headers().firstValue("Location").orElseThrow(), "district.mo-duc");
        assertThat(file.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(file.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d)
                        .startsWith("attachment;")
                        .contains("filename*=UTF-8''B%E1%BA%A3ng%20s%E1%BB%91%20li%E1%BB%87ufdp.xlsx")
                        .doesNotContain("\u202E"));
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private static void assertRefusedFile(HttpResponse<String> r, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json(r);
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(problem.get("errors").get(0).get("reason").asString()).isNotBlank();
        assertThat(problem.get("errors").get(0).get("reason_vi").asString()).isNotBlank();
        assertThat(problem.get("detail_vi").asString()).startsWith("Tệp tải lên bị từ chối");
    }

    @Test
    void refusesEmptyAndOversizeFiles() {
        String id = draft();
        assertThat(upload(id, "producer.mo-duc", "BUSINESS_PLAN", "a.pdf", new byte[0])
                        .statusCode())
                .isEqualTo(400);
        byte[] big = new byte[65 * 1024];
        System.arraycopy(Files.pdf("x"), 0, big, 0, Files.pdf("x").length);
        HttpResponse<String> r = upload(id, "producer.mo-duc", "BUSINESS_PLAN", "a.pdf", big);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).get("code").asString()).isEqualTo("file-too-large");
        assertThat(upload(id, "producer.mo-duc", "NOT_A_TYPE", "a.pdf", Files.pdf("x"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(dossier(id).get("version").asLong()).isEqualTo(1);
    }

    @Test
    void refusesFilesPastTheDossierTotal() {
        String id = draft();
        byte[] chunk = new byte[60 * 1024];
        System.arraycopy(Files.pdf("x"), 0, chunk, 0, Files.pdf("x").length);
        int stored = 0;
        HttpResponse<String> r;
        while ((r = upload(id, "producer.mo-duc", "OTHER", "phu-luc.pdf", chunk)).statusCode() == 201) {
            stored++;
        }
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).get("code").asString()).isEqualTo("dossier-too-large");
        assertThat(stored).isEqualTo(1024 / 60);
    }

    @Test
    void filesChangeOnlyWhileDraftOrReturned() {
        String id = draft();
        HttpResponse<String> r = upload(id, "producer.mo-duc", "OTHER", "x.pdf", Files.pdf("x"));
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(api().delete(location).as("producer.mo-duc").send().statusCode())
                .isEqualTo(204);
        assertThat(dossier(id).get("attachments")).isEmpty();

        attachAllRequired(id, "producer.mo-duc");
        post(id, "submit", "producer.mo-duc", null, 200);
        HttpResponse<String> late = upload(id, "producer.mo-duc", "OTHER", "y.pdf", Files.pdf("y"));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(json(late).get("currentStatus").asString()).isEqualTo("SUBMITTED");
        String first = dossier(id).get("attachments").get(0).get("id").asString();
        assertThat(api().delete("/api/v1/dossiers/" + id + "/attachments/" + first)
                        .as("producer.mo-duc")
                        .send()
                        .statusCode())
                .isEqualTo(409);
    }
}
