package vn.ocop.dossier.dossier;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.ocop.dossier.support.DossierServiceTestBase;
import vn.ocop.dossier.support.Files;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

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
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(att.get("sha256").asString()).isEqualTo(sha);
        assertThat(att.get("fileName").asString()).isEqualTo("Phương án kinh doanh.pdf");
        assertThat(att.get("contentType").asString()).isEqualTo("application/pdf");

        HttpResponse<byte[]> file = download(r.headers().firstValue("Location").orElseThrow(), "district.mo-duc");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(pdf);
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download(r.headers().firstValue("Location").orElseThrow(), "district.ba-to").statusCode())
                .isEqualTo(404);
        assertThat(missingDocuments(id)).doesNotContain("BUSINESS_PLAN");
    }

    @Test
    void acceptsImagesAndOfficeDocumentsByTheirContent() {
        String id = draft();
        assertThat(upload(id, "producer.mo-duc", "PRODUCT_SAMPLES", "mau.png", Files.png()).statusCode()).isEqualTo(201);
        assertThat(upload(id, "producer.mo-duc", "PRODUCT_SAMPLES", "mau.JPG", Files.jpeg()).statusCode())
                .isEqualTo(201);
        assertThat(upload(id, "producer.mo-duc", "BUSINESS_PLAN", "ke-hoach.docx", Files.docx()).statusCode())
                .isEqualTo(201);
        assertThat(upload(id, "producer.mo-duc", "OTHER", "so-lieu.xlsx", Files.xlsx()).statusCode()).isEqualTo(201);
        JsonNode list = json(api().get("/api/v1/dossiers/" + id + "/attachments").as("commune.duc-loi").send());
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
    void refusesEmptyAndOversizeFiles() {
        String id = draft();
        assertThat(upload(id, "producer.mo-duc", "BUSINESS_PLAN", "a.pdf", new byte[0]).statusCode()).isEqualTo(400);
        byte[] big = new byte[65 * 1024];
        System.arraycopy(Files.pdf("x"), 0, big, 0, Files.pdf("x").length);
        HttpResponse<String> r = upload(id, "producer.mo-duc", "BUSINESS_PLAN", "a.pdf", big);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).get("code").asString()).isEqualTo("file-too-large");
        assertThat(upload(id, "producer.mo-duc", "NOT_A_TYPE", "a.pdf", Files.pdf("x")).statusCode()).isEqualTo(400);
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
        assertThat(api().delete(location).as("producer.mo-duc").send().statusCode()).isEqualTo(204);
        assertThat(dossier(id).get("attachments")).isEmpty();

        attachAllRequired(id, "producer.mo-duc");
        post(id, "submit", "producer.mo-duc", null, 200);
        HttpResponse<String> late = upload(id, "producer.mo-duc", "OTHER", "y.pdf", Files.pdf("y"));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(json(late).get("currentStatus").asString()).isEqualTo("SUBMITTED");
        String first = dossier(id).get("attachments").get(0).get("id").asString();
        assertThat(api().delete("/api/v1/dossiers/" + id + "/attachments/" + first).as("producer.mo-duc").send()
                .statusCode()).isEqualTo(409);
    }
}
