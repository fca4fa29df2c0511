package vn.ocop.client;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One answer: status, headers (names in lower case) and body bytes. The body of an event stream is empty: a
 * stream never ends, so its status and headers are the answer.
 */
public record Reply(int status, Map<String, List<String>> headers, byte[] bytes) {

    public Reply {
        headers = Map.copyOf(headers);
    }

    public String body() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
        return OcopClient.JSON.readTree(bytes);
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The first value of header {@code name} (any case). */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Every value of header {@code name}, joined by commas; null when absent. */
    public String headerLine(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null ? null : String.join(",", values);
    }

    public String contentType() {
        return header("Content-Type").orElse("");
    }

    /** The entity tag to send back as If-Match; null when the answer carries none. */
    public String etag() {
        return header("ETag").orElse(null);
    }

    /** The problem+json of a refusal; empty for any other answer. */
    public Optional<Problem> problem() {
        if (!contentType().startsWith("application/problem+json") || bytes.length == 0) {
            return Optional.empty();
        }
        return Optional.of(Problem.of(status, json()));
    }

    /** This reply if its status is one of {@code expected}, else an {@link UnexpectedReply} naming {@code what}. */
    public Reply expect(String what, int... expected) {
        for (int s : expected) {
            if (status == s) {
                return this;
            }
        }
        throw new UnexpectedReply(what, this);
    }

    @Override
    public String toString() {
        return status + " " + body();
    }
}
