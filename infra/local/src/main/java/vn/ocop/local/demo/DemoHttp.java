package vn.ocop.local.demo;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;

/** The public HTTP APIs of the four services, called as a named person with that person's token. */
final class DemoHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final byte[] SAMPLE_PDF = ("%PDF-1.4\n% OCOP demo — tài liệu mẫu / sample document\n"
            + "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Function<String, String> baseUrlOfService;
    private final Function<String, String> tokenOf;

    DemoHttp(Function<String, String> baseUrlOfService, Function<String, String> tokenOf) {
        this.baseUrlOfService = baseUrlOfService;
        this.tokenOf = tokenOf;
    }

    /** An answer: status, body and ETag. */
    record Reply(int status, String body, String etag) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    Reply get(String service, String path, String user) {
        return send(request(service, path, user).GET());
    }

    /** POST with a JSON body; {@code idempotencyKey} makes a retried create safe (null: none). */
    Reply post(String service, String path, String user, String json, String idempotencyKey) {
        HttpRequest.Builder b = request(service, path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "{}" : json, StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return send(b);
    }

    Reply put(String service, String path, String user, String json) {
        return send(request(service, path, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Reply patch(String service, String path, String user, String json, String ifMatch) {
        return send(request(service, path, user).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Uploads a small genuine PDF as one checklist document of a dossier. */
    Reply uploadPdf(String path, String user, String documentType) {
        String boundary = "----ocop-demo-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"documentType\"\r\n\r\n"
                + documentType + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"" + documentType.toLowerCase(java.util.Locale.ROOT) + "-mau.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[headBytes.length + SAMPLE_PDF.length + tail.length];
        System.arraycopy(headBytes, 0, body, 0, headBytes.length);
        System.arraycopy(SAMPLE_PDF, 0, body, headBytes.length, SAMPLE_PDF.length);
        System.arraycopy(tail, 0, body, headBytes.length + SAMPLE_PDF.length, tail.length);
        return send(request("dossier-service", path, user)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    String url(String service, String path) {
        return baseUrlOfService.apply(service) + path;
    }

    private HttpRequest.Builder request(String service, String path, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(service, path))).timeout(Duration.ofSeconds(30));
        if (user != null) {
            b.header("Authorization", "Bearer " + tokenOf.apply(user));
        }
        return b;
    }

    private Reply send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body(), r.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new DemoFailure(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("Interrupted during " + request.method() + " " + request.uri(), e);
        }
    }

    /** The reply if its status is one of {@code expected}, else a failure naming the call and the answer. */
    static Reply expect(Reply reply, String what, int... expected) {
        for (int status : expected) {
            if (reply.status() == status) {
                return reply;
            }
        }
        throw new DemoFailure(what + " answered " + reply.status() + ": " + abbreviate(reply.body()));
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }
}
