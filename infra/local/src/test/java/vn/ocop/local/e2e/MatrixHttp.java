package vn.ocop.local.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import vn.ocop.client.Multipart;
import vn.ocop.client.OcopClient;
import vn.ocop.devidentity.DevTokenIssuer;
import vn.ocop.local.EmbeddedPlatform;

/**
 * HTTP for the security matrix: any method, any body, any caller (a demo user, {@code anonymous}, or
 * {@code expired}), and streams (SSE) answered by their status line alone so that no call hangs.
 */
final class MatrixHttp {

    static final String ANONYMOUS = "anonymous";
    static final String EXPIRED = "expired";

    private final EmbeddedPlatform platform;
    private final OcopClient client;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    MatrixHttp(EmbeddedPlatform platform) {
        this.platform = platform;
        this.client = OcopClient.builder()
                .baseUrls(platform::serviceUrl)
                .tokens(caller -> ANONYMOUS.equals(caller) ? null : token(caller))
                .build();
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

        static Call multipart(String method, String path, Multipart form) {
            return new Call(method, path, form.contentType(), form.bytes(), Map.of());
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
                Map<String, Object> claims =
                        DevTokenIssuer.claimsOf("province.officer", issuer.user("province.officer"));
                return issuer.mintWith(
                        claims,
                        issuer.issuer(),
                        DevTokenIssuer.AUDIENCE,
                        Instant.now().minus(Duration.ofHours(2)),
                        Duration.ofHours(1));
            }
            return issuer.tokenFor(c);
        });
    }

    Reply send(String service, Call call, String caller) {
        return sendTo(platform.serviceUrl(service), call, caller);
    }

    /** Sends through the typed client and keeps what the matrix records: status, type, body, headers. */
    Reply sendTo(String baseUrl, Call call, String caller) {
        vn.ocop.client.Reply r = client.requestTo(call.method(), baseUrl + call.path())
                .as(caller)
                .body(call.contentType(), call.body())
                .headers(call.headers())
                .send();
        Map<String, String> headers = new LinkedHashMap<>();
        r.headers().keySet().forEach(name -> headers.put(name, r.headerLine(name)));
        return new Reply(r.status(), r.contentType(), r.body(), headers);
    }

    Reply get(String service, String path, String caller) {
        return send(service, Call.of("GET", path), caller);
    }

    Reply post(String service, String path, String caller, String json) {
        return send(
                service,
                Call.json("POST", path, json == null ? "{}" : json)
                        .withHeader("Idempotency-Key", "matrix-" + UUID.randomUUID()),
                caller);
    }

    Reply put(String service, String path, String caller, String json, String ifMatch) {
        Call call = Call.json("PUT", path, json);
        return send(service, ifMatch == null ? call : call.withHeader("If-Match", ifMatch), caller);
    }

    /** A checklist document upload: a small but genuine PDF. */
    static Call pdfUpload(String path, String documentType) {
        return Call.multipart(
                "POST",
                path,
                Multipart.create()
                        .field("documentType", documentType)
                        .file("file", documentType + ".pdf", "application/pdf", Multipart.samplePdf()));
    }
}
