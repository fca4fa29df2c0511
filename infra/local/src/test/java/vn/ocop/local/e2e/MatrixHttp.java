package vn.ocop.local.e2e;

import tools.jackson.databind.JsonNode;
import vn.ocop.local.EmbeddedPlatform;
import vn.ocop.devidentity.DevTokenIssuer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP for the security matrix: any method, any body, any caller (a demo user, {@code anonymous}, or
 * {@code expired}), and streams (SSE) answered by their status line alone so that no call hangs.
 */
final class MatrixHttp {

    static final String ANONYMOUS = "anonymous";
    static final String EXPIRED = "expired";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final EmbeddedPlatform platform;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    MatrixHttp(EmbeddedPlatform platform) {
        this.platform = platform;
    }

    record Reply(int status, String contentType, String body, Map<String, String> headers) {
        JsonNode json() {
            return PlatformClient.JSON.readTree(body);
        }

        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    /** A request before its caller is chosen; {@code path} may carry a query string. */
    record Call(String method, String path, String contentType, byte[] body, Map<String, String> headers) {
        static Call of(String method, String path) {
            return new Call(method, path, null, null, Map.of());
        }

        static Call json(String method, String path, String json) {
            return new Call(method, path, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
        }

        Call withHeader(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Call(method, path, contentType, body, h);
        }
    }

    String token(String caller) {
        return tokens.computeIfAbsent(caller, c -> {
            DevTokenIssuer issuer = platform.tokenIssuer();
            if (EXPIRED.equals(c)) {
                // the most powerful demo user, expired an hour ago (well past the validators' clock skew)
                Map<String, Object> claims = DevTokenIssuer.claimsOf("province.officer", issuer.user("province.officer"));
                return issuer.mintWith(claims, issuer.issuer(), DevTokenIssuer.AUDIENCE,
                        Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1));
            }
            return issuer.tokenFor(c);
        });
    }

    Reply send(String service, Call call, String caller) {
        return sendTo(platform.serviceUrl(service), call, caller);
    }

    Reply sendTo(String baseUrl, Call call, String caller) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + call.path())).timeout(Duration.ofSeconds(30));
        if (caller != null && !ANONYMOUS.equals(caller)) {
            b.header("Authorization", "Bearer " + token(caller));
        }
        if (call.contentType() != null) {
            b.header("Content-Type", call.contentType());
        }
        call.headers().forEach(b::header);
        HttpRequest.BodyPublisher publisher = call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(call.body());
        b.method(call.method(), publisher);
        try {
            HttpResponse<InputStream> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            String type = r.headers().firstValue("Content-Type").orElse("");
            Map<String, String> headers = new LinkedHashMap<>();
            r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
            String body;
            try (InputStream in = r.body()) {
                // an event stream never ends: its status and type are the answer
                body = type.startsWith("text/event-stream") ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return new Reply(r.statusCode(), type, body, headers);
        } catch (IOException e) {
            throw new IllegalStateException(call.method() + " " + call.path() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply get(String service, String path, String caller) {
        return send(service, Call.of("GET", path), caller);
    }

    Reply post(String service, String path, String caller, String json) {
        return send(service, Call.json("POST", path, json == null ? "{}" : json)
                .withHeader("Idempotency-Key", "matrix-" + UUID.randomUUID()), caller);
    }

    Reply put(String service, String path, String caller, String json, String ifMatch) {
        Call call = Call.json("PUT", path, json);
        return send(service, ifMatch == null ? call : call.withHeader("If-Match", ifMatch), caller);
    }

    /** A checklist document upload: a small but genuine PDF. */
    static Call pdfUpload(String path, String documentType) {
        return Multipart.create()
                .field("documentType", documentType)
                .file("file", documentType + ".pdf", "application/pdf", pdf())
                .toCall("POST", path);
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>"
                + "endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** multipart/form-data built by hand (the JDK client has none). */
    static final class Multipart {
        private final String boundary = "----ocop" + UUID.randomUUID();
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        static Multipart create() {
            return new Multipart();
        }

        Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
            return this;
        }

        Multipart part(String name, String contentType, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\nContent-Type: "
                    + contentType + "\r\n\r\n" + value + "\r\n");
            return this;
        }

        Multipart file(String name, String fileName, String contentType, byte[] bytes) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
            out.writeBytes(bytes);
            write("\r\n");
            return this;
        }

        Call toCall(String method, String path) {
            write("--" + boundary + "--\r\n");
            return new Call(method, path, "multipart/form-data; boundary=" + boundary, out.toByteArray(), Map.of());
        }

        private void write(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }
}
