package vn.ocop.local.e2e;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.local.EmbeddedPlatform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** Calls the running services' public APIs with real tokens from the platform's token issuer. */
final class PlatformClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final EmbeddedPlatform platform;

    PlatformClient(EmbeddedPlatform platform) {
        this.platform = platform;
    }

    record Reply(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    String token(String demoUser) {
        return platform.tokenIssuer().tokenFor(demoUser);
    }

    Reply get(String service, String path, String user) {
        return send(HttpRequest.newBuilder(uri(service, path)).GET(), user);
    }

    /** A GET on an explicit base URL, e.g. a second instance of a service. */
    Reply getAt(String baseUrl, String path, String user) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), user);
    }

    Reply post(String service, String path, String user, String json) {
        return send(HttpRequest.newBuilder(uri(service, path)).header("Content-Type", "application/json")
                .header("Idempotency-Key", "e2e-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "{}" : json, StandardCharsets.UTF_8)), user);
    }

    Reply put(String service, String path, String user, String json) {
        return send(HttpRequest.newBuilder(uri(service, path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), user);
    }

    /** Uploads a small but genuine PDF as one checklist document. */
    Reply upload(String path, String user, String documentType) {
        String boundary = "----ocop" + UUID.randomUUID();
        byte[] pdf = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>"
                + "endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"documentType\"\r\n\r\n"
                + documentType + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"" + documentType + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), pdf, tail.getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("dossier-service", path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), user);
    }

    private URI uri(String service, String path) {
        return URI.create(platform.serviceUrl(service) + path);
    }

    private Reply send(HttpRequest.Builder builder, String user) {
        if (user != null) {
            builder.header("Authorization", "Bearer " + token(user));
        }
        try {
            HttpResponse<String> r = HTTP.send(builder.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
