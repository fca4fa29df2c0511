package vn.ocop.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import vn.ocop.local.OcopService;

/** One hostile request of the corpus: where it goes, what it carries, and the status range it must get. */
record BadInputCase(
        String source,
        String name,
        OcopService service,
        String method,
        String path,
        String user,
        Map<String, String> headers,
        byte[] body,
        Multipart multipart,
        int minStatus,
        int maxStatus) {

    private static final Pattern HUGE = Pattern.compile("\\{huge:(\\d+)}");

    record Multipart(Map<String, String> fields, String fileName, String contentType, byte[] file) {}

    String label() {
        return service.moduleName() + " " + method + " " + path.replaceAll("\\?.*", "") + " — " + name;
    }

    /** Reads a corpus file: {service, user, cases: [{name, method, path, user?, headers?, body|bodyBase64|multipart, status?}]}. */
    static List<BadInputCase> parse(String source, JsonNode file) {
        OcopService service = OcopService.named(file.get("service").asString());
        String defaultUser = file.path("user").asString(null);
        List<BadInputCase> cases = new ArrayList<>();
        for (JsonNode c : file.get("cases")) {
            Map<String, String> headers = new LinkedHashMap<>();
            c.path("headers")
                    .properties()
                    .forEach(e -> headers.put(e.getKey(), e.getValue().asString()));
            byte[] body = null;
            if (c.has("body")) {
                body = c.get("body").asString().getBytes(StandardCharsets.UTF_8);
                headers.putIfAbsent("Content-Type", "application/json");
            } else if (c.has("bodyBase64")) {
                body = Base64.getDecoder().decode(c.get("bodyBase64").asString());
                headers.putIfAbsent("Content-Type", "application/json");
            }
            Multipart multipart = null;
            if (c.has("multipart")) {
                JsonNode m = c.get("multipart");
                Map<String, String> fields = new LinkedHashMap<>();
                for (String field : List.of("documentType", "report")) {
                    if (m.has(field)) {
                        fields.put(field, m.get(field).asString());
                    }
                }
                byte[] fileBytes = m.has("fileBase64")
                        ? Base64.getDecoder().decode(m.get("fileBase64").asString())
                        : m.path("fileText").asString("").getBytes(StandardCharsets.UTF_8);
                multipart = new Multipart(
                        fields,
                        m.get("fileName").asString(),
                        m.get("contentType").asString(),
                        fileBytes);
            }
            JsonNode status = c.path("status");
            cases.add(new BadInputCase(
                    source,
                    c.get("name").asString(),
                    service,
                    c.get("method").asString(),
                    c.get("path").asString(),
                    c.has("user") ? c.get("user").asString() : defaultUser,
                    headers,
                    body,
                    multipart,
                    status.isArray() ? status.get(0).asInt() : 400,
                    status.isArray() ? status.get(1).asInt() : 499));
        }
        return cases;
    }

    /** The body and path with the corpus placeholders filled in ({round}, {draft}, {huge:N}). */
    BadInputCase resolve(Map<String, String> placeholders) {
        return new BadInputCase(
                source,
                name,
                service,
                method,
                fill(path, placeholders),
                user,
                headers,
                body == null ? null : fillBytes(body, placeholders),
                multipart,
                minStatus,
                maxStatus);
    }

    private static byte[] fillBytes(byte[] raw, Map<String, String> placeholders) {
        // placeholders are ASCII; work on ISO-8859-1 so that invalid UTF-8 bytes survive untouched
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        for (Map.Entry<String, String> p : placeholders.entrySet()) {
            text = text.replace("{" + p.getKey() + "}", p.getValue());
        }
        Matcher m = HUGE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "x".repeat(Integer.parseInt(m.group(1))));
        }
        m.appendTail(out);
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String fill(String text, Map<String, String> placeholders) {
        String filled = text;
        for (Map.Entry<String, String> p : placeholders.entrySet()) {
            filled = filled.replace("{" + p.getKey() + "}", p.getValue());
        }
        return filled;
    }
}
