package vn.ocop.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ocop.local.OcopService;
import vn.ocop.platform.test.SampleFiles;

/**
 * Cases derived from valid request bodies: every field in turn replaced by a value of the wrong shape (object,
 * nested array, and text where a number is due), one unknown field added, and raw invalid UTF-8 bytes spliced
 * into a string. A fixed seed keeps a failing case reproducible.
 */
final class GeneratedBadInput {

    private record Template(OcopService service, String path, String user, String validJson) {}

    private static final List<Template> TEMPLATES = List.of(
            new Template(
                    OcopService.DOSSIER,
                    "/api/v1/dossiers",
                    "producer.mo-duc",
                    "{\"roundId\":\"{round}\",\"producerId\":\"PR-4300100001\",\"productName\":\"Mạch nha Mộ Đức\","
                            + "\"productGroup\":\"FOOD_PROCESSED\",\"description\":\"Mạch nha truyền thống\"}"),
            new Template(
                    OcopService.DOSSIER,
                    "/api/v1/rounds",
                    "province.officer",
                    "{\"year\":2041,\"number\":2,\"legalBasis\":\"QD1048_2019\",\"districtDeadline\":\"2041-04-10\","
                            + "\"provinceDeadline\":\"2041-05-31\"}"),
            new Template(
                    OcopService.DOSSIER,
                    "/api/v1/producers",
                    "province.officer",
                    "{\"kind\":\"COOPERATIVE\",\"name\":\"HTX Thử\",\"registrationNumber\":\"4300188881\","
                            + "\"districtCode\":\"533\",\"communeCode\":\"21403\",\"address\":\"Thôn 1\","
                            + "\"contact\":{\"name\":\"A\",\"phone\":\"0912345678\",\"email\":\"a@example.vn\"}}"),
            new Template(
                    OcopService.EVALUATION,
                    "/api/v1/councils",
                    "province.officer",
                    "{\"id\":\"HD-GEN-1\",\"name\":\"Hội đồng thử\",\"level\":\"DISTRICT\",\"unit\":\"533\","
                            + "\"members\":[{\"userId\":\"council.gen.chair\",\"name\":\"A\",\"role\":\"CHAIR\"}]}"),
            new Template(
                    OcopService.REPORTING,
                    "/api/v1/tasks",
                    "province.officer",
                    "{\"taskId\":\"T-GEN-1\",\"title\":\"Việc thử\",\"ownerUnitCode\":\"DARD\",\"dueDate\":\"2041-06-20\"}"),
            new Template(OcopService.REPORTING, "/api/v1/periods", "province.officer", "{\"year\":2041,\"half\":1}"),
            new Template(
                    OcopService.NOTIFICATION,
                    "/api/v1/contacts",
                    "operator",
                    "{\"name\":\"Phòng NN Mộ Đức\",\"role\":\"DISTRICT_OFFICER\",\"districtCode\":\"533\","
                            + "\"email\":\"pnn@example.vn\",\"phone\":\"0912345678\"}"));

    private GeneratedBadInput() {}

    static List<BadInputCase> all() {
        Random random = new Random(20200305L);
        List<BadInputCase> cases = new ArrayList<>();
        for (Template t : TEMPLATES) {
            ObjectNode valid = (ObjectNode) OcopApi.JSON.readTree(t.validJson());
            List<String> fields = new ArrayList<>();
            valid.properties().forEach(e -> fields.add(e.getKey()));
            for (String field : fields) {
                cases.add(mutated(t, valid, field, "object", OcopApi.JSON.readTree("{\"nested\":{\"deep\":[1]}}")));
                cases.add(mutated(t, valid, field, "nested array", OcopApi.JSON.readTree("[[\"x\"]]")));
                if (valid.get(field).isNumber()) {
                    cases.add(mutated(t, valid, field, "text", OcopApi.JSON.readTree("\"mười\"")));
                }
            }
            ObjectNode extra = valid.deepCopy();
            extra.put("extraField" + random.nextInt(1000), "x");
            cases.add(generated(t, "unknown extra field", extra.toString().getBytes(StandardCharsets.UTF_8)));
            cases.add(generated(t, "invalid UTF-8 spliced into a string", withInvalidUtf8(t.validJson(), random)));
        }
        cases.addAll(hostileUploads());
        return cases;
    }

    /**
     * Files the upload inspection refuses (422): the 408 KB DOCX that inflates to 400 MiB, and PDFs that run
     * JavaScript when opened (plainly, and hidden in a compressed object stream), built by the kit's SampleFiles.
     */
    static List<BadInputCase> hostileUploads() {
        return List.of(
                upload(
                        "zip bomb: DOCX of 400 MiB of zeros",
                        "ke-hoach.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        SampleFiles.docxBomb(400L << 20)),
                upload(
                        "PDF with /OpenAction JavaScript",
                        "phieu-dang-ky.pdf",
                        "application/pdf",
                        SampleFiles.pdfWithOpenActionJavaScript()),
                upload(
                        "PDF with JavaScript in a compressed object stream",
                        "ban-cong-bo.pdf",
                        "application/pdf",
                        SampleFiles.pdfWithJavaScriptInObjectStream()));
    }

    private static BadInputCase upload(String name, String fileName, String contentType, byte[] file) {
        return new BadInputCase(
                "generated",
                "attachment: " + name,
                OcopService.DOSSIER,
                "POST",
                "/api/v1/dossiers/{draft}/attachments",
                "producer.mo-duc",
                Map.of(),
                null,
                new BadInputCase.Multipart(Map.of("documentType", "REGISTRATION_FORM"), fileName, contentType, file),
                422,
                422);
    }

    private static BadInputCase mutated(Template t, ObjectNode valid, String field, String shape, JsonNode value) {
        ObjectNode copy = valid.deepCopy();
        copy.set(field, value);
        return generated(t, field + " as " + shape, copy.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] withInvalidUtf8(String json, Random random) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        // inside the first string value after its opening quote, never inside a key
        int colon = json.indexOf(":\"");
        int at = new String(bytes, StandardCharsets.UTF_8)
                .substring(0, colon + 2)
                .getBytes(StandardCharsets.UTF_8)
                .length;
        byte[][] invalid = {
            {(byte) 0xFF},
            {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xE0, (byte) 0x80},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}
        };
        byte[] splice = invalid[random.nextInt(invalid.length)];
        byte[] out = new byte[bytes.length + splice.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(splice, 0, out, at, splice.length);
        System.arraycopy(bytes, at, out, at + splice.length, bytes.length - at);
        return out;
    }

    private static BadInputCase generated(Template t, String name, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        return new BadInputCase(
                "generated", name, t.service(), "POST", t.path(), t.user(), headers, body, null, 400, 499);
    }
}
