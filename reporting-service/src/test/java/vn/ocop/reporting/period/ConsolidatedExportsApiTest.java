package vn.ocop.reporting.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.reporting.support.Events.dossier;
import static vn.ocop.reporting.support.Events.evaluation;
import static vn.ocop.reporting.support.Events.roundScheduled;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.ocop.platform.test.TestInfrastructure;
import vn.ocop.reporting.support.ReportingTestBase;

/** DARD's consolidated report and the catalogue as downloads: figures, accents and file names. */
class ConsolidatedExportsApiTest extends ReportingTestBase {

    @Test
    void consolidatedWorkbookAndPdfCarryTheEventFiguresInVietnamese() throws Exception {
        clock.set(Instant.parse("2044-06-01T02:00:00Z"));
        String round = unique("round-2044");
        roundScheduled(round, 2044, 1, "2044-04-10", "2044-05-31");
        String dossier = unique("dos-2044");
        evaluation("product-recognized", dossier, 2, round, "Mạch nha Mộ Đức", "533", "21436", 4, "2044-05-29");
        assertThat(api().post("/api/v1/periods", "{\"year\":2044,\"half\":1}")
                        .as("province.officer")
                        .send()
                        .statusCode())
                .isEqualTo(201);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(getOk("/api/v1/periods/2044-H1/consolidated", "reporter.dard")
                                        .get("starsByDistrict")
                                        .toString())
                                .contains(
                                        "\"districtCode\":\"533\",\"districtName\":\"Huyện Mộ Đức\",\"stars3\":0,\"stars4\":1"));

        assertThat(download("/api/v1/periods/2044-H1/consolidated.xlsx", "reporter.mo-duc")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<byte[]> xlsx = download("/api/v1/periods/2044-H1/consolidated.xlsx", "province.officer");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename*=UTF-8''B%C3%A1o-c%C3%A1o-OCOP-6-th%C3%A1ng-%C4%91%E1%BA%A7u-n%C4%83m-2044.xlsx");
        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()), new ReadingOptions(true, false))) {
            List<Row> rows = workbook.findSheet("Sao theo huyện").orElseThrow().read();
            Row moDuc = rows.stream()
                    .filter(r -> "533".equals(r.getCellText(0)))
                    .findFirst()
                    .orElseThrow();
            assertThat(moDuc.getCellText(1)).isEqualTo("Huyện Mộ Đức");
            assertThat(moDuc.getCellAsNumber(3)).as(moDuc.toString()).contains(BigDecimal.ONE);
            List<Row> targets = workbook.findSheet("Mục tiêu").orElseThrow().read();
            Row products = targets.stream()
                    .filter(r -> r.getCellText(0).startsWith("Sản phẩm đạt 3–5 sao"))
                    .findFirst()
                    .orElseThrow();
            assertThat(products.getCellAsNumber(3)).contains(BigDecimal.ONE);
        }

        HttpResponse<byte[]> pdf = download("/api/v1/periods/2044-H1/consolidated.pdf", "reporter.dard");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
            assertThat(text).contains("Quảng Ngãi").contains("Mộ Đức").contains("Đã nộp");
        }
    }

    @Test
    void theConsolidatedFunnelAddsUpEveryRoundOfTheYearAndNoOther() {
        clock.set(Instant.parse("2046-07-01T02:00:00Z"));
        String first = unique("round-2046-1");
        String second = unique("round-2046-2");
        String otherYear = unique("round-2047-1");
        roundScheduled(first, 2046, 1, "2046-04-10", "2046-05-31");
        roundScheduled(second, 2046, 2, "2046-09-10", "2046-10-31");
        roundScheduled(otherYear, 2047, 1, "2047-04-10", "2047-05-31");
        dossier(
                "submitted",
                unique("d1"),
                2,
                first,
                2046,
                "Mạch nha",
                "533",
                "Huyện Mộ Đức",
                "21436",
                "Xã Đức Lân",
                "2046-03-16T01:45:00Z");
        String accepted = unique("d2");
        dossier(
                "submitted",
                accepted,
                2,
                second,
                2046,
                "Chè xanh",
                "533",
                "Huyện Mộ Đức",
                "21436",
                "Xã Đức Lân",
                "2046-08-16T01:45:00Z");
        dossier(
                "accepted",
                accepted,
                3,
                second,
                2046,
                "Chè xanh",
                "533",
                "Huyện Mộ Đức",
                "21436",
                "Xã Đức Lân",
                "2046-08-20T01:45:00Z");
        dossier(
                "submitted",
                unique("d3"),
                2,
                second,
                2046,
                "Tỏi Lý Sơn",
                "536",
                "Huyện Lý Sơn",
                null,
                null,
                "2046-08-17T01:45:00Z");
        dossier(
                "submitted",
                unique("d4"),
                2,
                otherYear,
                2047,
                "Quế Trà Bồng",
                "533",
                "Huyện Mộ Đức",
                "21436",
                "Xã Đức Lân",
                "2047-03-16T01:45:00Z");
        assertThat(api().post("/api/v1/periods", "{\"year\":2046,\"half\":1}")
                        .as("province.officer")
                        .send()
                        .statusCode())
                .isEqualTo(201);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode funnel = getOk("/api/v1/periods/2046-H1/consolidated", "reporter.dard")
                    .get("funnel");
            JsonNode moDuc = district(funnel, "533");
            JsonNode lySon = district(funnel, "536");
            assertThat(moDuc.get("submitted").asInt()).isEqualTo(2);
            assertThat(moDuc.get("accepted").asInt()).isEqualTo(1);
            assertThat(lySon.get("submitted").asInt()).isEqualTo(1);
            assertThat(district(funnel, "522").get("submitted").asInt()).isZero();
        });
    }

    private static JsonNode district(JsonNode funnel, String code) {
        for (JsonNode row : funnel) {
            if (code.equals(row.get("districtCode").asString())) {
                return row;
            }
        }
        throw new AssertionError("no row for district " + code + " in " + funnel);
    }

    @Test
    void catalogueWorkbookHoldsTheRecognisedProducts() throws Exception {
        String round = unique("round-2045");
        String dossier = unique("dos-2045");
        evaluation("product-recognized", dossier, 2, round, "Tỏi Lý Sơn " + dossier, "536", null, 4, "2045-05-29");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(getOk("/api/v1/catalogue?year=2045", "operator")
                                .get("total")
                                .asInt())
                        .isEqualTo(1));
        HttpResponse<byte[]> xlsx = download("/api/v1/catalogue.xlsx?year=2045", "operator");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()), new ReadingOptions(true, false))) {
            List<Row> rows = workbook.getFirstSheet().read();
            Row product = rows.stream()
                    .filter(r -> ("Tỏi Lý Sơn " + dossier).equals(r.getCellText(1)))
                    .findFirst()
                    .orElseThrow();
            assertThat(product.getCellText(3)).isEqualTo("Huyện Lý Sơn");
            assertThat(product.getCellAsNumber(6)).contains(new BigDecimal("4"));
        }
    }

    private HttpResponse<byte[]> download(String path, String user) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .header("Authorization", "Bearer " + TestInfrastructure.token(user))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }
}
