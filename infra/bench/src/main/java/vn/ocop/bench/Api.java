package vn.ocop.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.client.OcopClient;

/**
 * The typed client's requests on absolute URLs with a bearer token, sent on the load client ({@link Load#CLIENT})
 * so that the bench measures its own connections.
 */
final class Api {

    static final JsonMapper JSON = OcopClient.JSON;
    private static final OcopClient REQUESTS = OcopClient.builder().build();

    private Api() {}

    static HttpRequest postJson(String url, String token, String json) {
        return REQUESTS.requestTo("POST", url).bearer(token).json(json).build();
    }

    static HttpRequest post(String url, String token) {
        return REQUESTS.requestTo("POST", url).bearer(token).build();
    }

    static HttpRequest putJson(String url, String token, String json) {
        return REQUESTS.requestTo("PUT", url).bearer(token).json(json).build();
    }

    static HttpRequest get(String url, String token) {
        OcopClient.Request request = REQUESTS.requestTo("GET", url);
        return (token == null ? request : request.bearer(token)).build();
    }

    /** Sends and insists on a 2xx answer; the body as JSON (null when empty). */
    static JsonNode call(HttpRequest request) {
        HttpResponse<String> response = send(request);
        if (response.statusCode() / 100 != 2) {
            throw new BenchFailure(request.method() + " " + request.uri() + " answered " + response.statusCode() + ": "
                    + abbreviate(response.body()));
        }
        return response.body().isBlank() ? null : JSON.readTree(response.body());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return Load.CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new BenchFailure(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted", e);
        }
    }

    static String abbreviate(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }
}
