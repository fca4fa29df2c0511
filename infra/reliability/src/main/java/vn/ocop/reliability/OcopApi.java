package vn.ocop.reliability;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.client.Multipart;
import vn.ocop.client.OcopClient;
import vn.ocop.client.Reply;
import vn.ocop.devidentity.DevTokenIssuer;

/**
 * The typed client with real signed tokens of the demo users, on absolute URLs (the harness starts extra
 * instances); a connection failure is status 0 so that load loops can count it instead of dying.
 */
public final class OcopApi {

    static final JsonMapper JSON = OcopClient.JSON;

    private final DevTokenIssuer issuer;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final OcopClient client;

    OcopApi(DevTokenIssuer issuer) {
        this.issuer = issuer;
        this.client = clientBuilder().build();
    }

    public String token(String user) {
        return tokens.computeIfAbsent(user, issuer::tokenFor);
    }

    /** A client of these callers' tokens, HTTP/1.1, failures as status 0; add the services' base URLs. */
    public OcopClient.Builder clientBuilder() {
        return OcopClient.builder().http1().failuresAsStatusZero().tokens(this::token);
    }

    public Reply get(String url, String user) {
        return client.requestTo("GET", url).as(user).send();
    }

    public Reply post(String url, String user, String json) {
        return postJson(url, user, json, Map.of());
    }

    public Reply postJson(String url, String user, String json, Map<String, String> headers) {
        return client.requestTo("POST", url)
                .as(user)
                .json(json)
                .headers(headers)
                .send();
    }

    /** Any method, any headers, raw body bytes (the bad-input corpus needs invalid UTF-8 and odd content types). */
    public Reply raw(String method, String url, String user, Map<String, String> headers, byte[] body) {
        return client.requestTo(method, url)
                .as(user)
                .body(null, body)
                .headers(headers)
                .send();
    }

    /** multipart/form-data with text fields and one file part. */
    public Reply upload(
            String url, String user, Map<String, String> fields, String fileName, String contentType, byte[] file) {
        Multipart form = Multipart.create();
        fields.forEach(form::field);
        return client.requestTo("POST", url)
                .as(user)
                .multipart(form.file("file", fileName, contentType, file))
                .send();
    }
}
