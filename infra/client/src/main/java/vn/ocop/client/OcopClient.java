package vn.ocop.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public HTTP APIs of the four OCOP services, called as a named caller whose bearer token comes from a
 * supplier. {@link #request} sends anything; the lifecycle steps ({@link #openRound}, {@link #fileAndSubmit},
 * {@link #accept}, {@link #ensureCouncil}, {@link #assign}, {@link #score}, {@link #finalise}, {@link #forward},
 * {@link #recognise}, {@link #schedulePeriod}, {@link #fileReport}, {@link #funnel}, {@link #catalogue} …) send
 * what a portal sends. Steps answer the {@link Reply}; {@link Reply#expect} turns an unwanted status into an
 * {@link UnexpectedReply} carrying the {@link Problem}.
 */
public final class OcopClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    public static final String DOSSIER = "dossier-service";
    public static final String EVALUATION = "evaluation-service";
    public static final String REPORTING = "reporting-service";
    public static final String NOTIFICATION = "notification-service";

    private final HttpClient http;
    private final Function<String, String> baseUrlOf;
    private final Function<String, String> tokenOf;
    private final Duration timeout;
    private final boolean failuresAsReplies;

    private OcopClient(Builder b) {
        if (b.http != null) {
            this.http = b.http;
        } else {
            HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(b.connectTimeout);
            if (b.http1) {
                http.version(HttpClient.Version.HTTP_1_1);
            }
            this.http = http.build();
        }
        this.baseUrlOf = b.baseUrlOf;
        this.tokenOf = b.tokenOf;
        this.timeout = b.timeout;
        this.failuresAsReplies = b.failuresAsReplies;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Base URLs per service and a token supplier: caller name → bearer token (null: send none). */
    public static final class Builder {
        private final Map<String, String> baseUrls = new LinkedHashMap<>();
        private Function<String, String> baseUrlOf = baseUrls::get;
        private Function<String, String> tokenOf = caller -> null;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration timeout = Duration.ofSeconds(30);
        private boolean http1;
        private boolean failuresAsReplies;
        private HttpClient http;

        private Builder() {}

        /** The base URL of one service, e.g. {@code baseUrl(OcopClient.DOSSIER, "https://hoso.example.vn")}. */
        public Builder baseUrl(String service, String url) {
            baseUrls.put(service, url);
            return this;
        }

        /** Base URLs looked up on every call (service name → URL), e.g. a launcher's ephemeral ports. */
        public Builder baseUrls(Function<String, String> baseUrlOfService) {
            this.baseUrlOf = Objects.requireNonNull(baseUrlOfService);
            return this;
        }

        public Builder tokens(Function<String, String> tokenOfCaller) {
            this.tokenOf = Objects.requireNonNull(tokenOfCaller);
            return this;
        }

        public Builder timeout(Duration requestTimeout) {
            this.timeout = requestTimeout;
            return this;
        }

        public Builder connectTimeout(Duration connect) {
            this.connectTimeout = connect;
            return this;
        }

        /** HTTP/1.1 only (no h2c upgrade attempt), for load harnesses that count connections. */
        public Builder http1() {
            this.http1 = true;
            return this;
        }

        /** A JDK client of the caller's (proxy, TLS, executor); connect timeout and http1() then do not apply. */
        public Builder httpClient(HttpClient client) {
            this.http = Objects.requireNonNull(client);
            return this;
        }

        /** A call that cannot be made answers status 0 (its reason as the body), so load loops count it. */
        public Builder failuresAsStatusZero() {
            this.failuresAsReplies = true;
            return this;
        }

        public OcopClient build() {
            return new OcopClient(this);
        }
    }

    // ---- requests ---------------------------------------------------------------------------------------

    /** The URL of {@code path} (with its query) on {@code service}. */
    public String url(String service, String path) {
        String base = baseUrlOf.apply(service);
        if (base == null) {
            throw new IllegalArgumentException("No base URL for " + service);
        }
        return base + path;
    }

    public Request request(String method, String service, String path) {
        return new Request(method, URI.create(url(service, path)));
    }

    /** A request to an absolute URL, e.g. a second instance of a service. */
    public Request requestTo(String method, String url) {
        return new Request(method, URI.create(url));
    }

    public Request get(String service, String path) {
        return request("GET", service, path);
    }

    public Request post(String service, String path) {
        return request("POST", service, path);
    }

    public Request put(String service, String path) {
        return request("PUT", service, path);
    }

    public Request patch(String service, String path) {
        return request("PATCH", service, path);
    }

    /** The bearer token of {@code caller} from the token supplier (null: none). */
    public String token(String caller) {
        return caller == null ? null : tokenOf.apply(caller);
    }

    /** Sends a request built elsewhere (e.g. by {@link Request#build()}), reading the answer as a {@link Reply}. */
    public Reply send(HttpRequest request) {
        try {
            HttpResponse<InputStream> r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            Map<String, List<String>> headers = new LinkedHashMap<>();
            r.headers()
                    .map()
                    .forEach((k, v) -> headers.merge(
                            k.toLowerCase(Locale.ROOT),
                            List.copyOf(v),
                            (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream())
                                    .toList()));
            String type = r.headers().firstValue("Content-Type").orElse("");
            byte[] body;
            try (InputStream in = r.body()) {
                // an event stream never ends: its status and headers are the answer
                body = type.startsWith("text/event-stream") ? new byte[0] : in.readAllBytes();
            }
            return new Reply(r.statusCode(), headers, body);
        } catch (IOException e) {
            return failure(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure("Interrupted during " + request.method() + " " + request.uri(), e);
        }
    }

    private Reply failure(String message, Exception cause) {
        if (failuresAsReplies) {
            return new Reply(0, Map.of(), String.valueOf(cause).getBytes(StandardCharsets.UTF_8));
        }
        throw new OcopClientException(message, cause);
    }

    /** The JDK client underneath, for callers that measure their own sends (the bench). */
    public HttpClient http() {
        return http;
    }

    /** One request being built: caller, headers, body. */
    public final class Request {
        private final String method;
        private final URI uri;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;
        private Duration requestTimeout = timeout;

        private Request(String method, URI uri) {
            this.method = method;
            this.uri = uri;
        }

        /** Calls as {@code caller}, with the token the supplier gives for it (none when it gives null). */
        public Request as(String caller) {
            String token = token(caller);
            if (token != null) {
                headers.put("Authorization", "Bearer " + token);
            } else {
                headers.remove("Authorization");
            }
            return this;
        }

        public Request bearer(String token) {
            headers.put("Authorization", "Bearer " + token);
            return this;
        }

        public Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Request headers(Map<String, String> more) {
            headers.putAll(more);
            return this;
        }

        /** Makes a retried create safe: the service answers a repeat with the first answer. */
        public Request idempotencyKey(String key) {
            return key == null ? this : header("Idempotency-Key", key);
        }

        /** Guards an update with the version the caller read (an ETag such as {@code "3"}). */
        public Request ifMatch(String etag) {
            return etag == null ? this : header("If-Match", etag);
        }

        /** A JSON body as text; null sends {@code {}}. */
        public Request json(String json) {
            return body("application/json", (json == null ? "{}" : json).getBytes(StandardCharsets.UTF_8));
        }

        /** A JSON body written from a map, list or record. */
        public Request jsonOf(Object value) {
            return json(JSON.writeValueAsString(value));
        }

        public Request multipart(Multipart form) {
            return body(form.contentType(), form.bytes());
        }

        /** Any body with its content type (null: none). */
        public Request body(String contentType, byte[] bytes) {
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            this.body = bytes;
            return this;
        }

        public Request timeout(Duration t) {
            this.requestTimeout = t;
            return this;
        }

        public HttpRequest build() {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(requestTimeout);
            headers.forEach(b::header);
            b.method(
                    method,
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            return b.build();
        }

        public Reply send() {
            return OcopClient.this.send(build());
        }

        /** Sends and insists on one of {@code statuses}. */
        public Reply expect(String what, int... statuses) {
            return send().expect(what, statuses);
        }
    }

    // ---- lifecycle: rounds and producers (dossier-service) ------------------------------------------------

    /** Opens an assessment round (province officer). */
    public Reply openRound(String as, Forms.Round round, String idempotencyKey) {
        return post(DOSSIER, "/api/v1/rounds")
                .as(as)
                .idempotencyKey(idempotencyKey)
                .jsonOf(Forms.object(
                        "year",
                        round.year(),
                        "number",
                        round.number(),
                        "legalBasis",
                        round.legalBasis(),
                        "districtDeadline",
                        text(round.districtDeadline()),
                        "provinceDeadline",
                        text(round.provinceDeadline())))
                .send();
    }

    public Reply round(String as, String roundId) {
        return get(DOSSIER, "/api/v1/rounds/" + roundId).as(as).send();
    }

    /** Registers a producer (district officer of its district, or the province). */
    public Reply registerProducer(String as, Forms.Producer producer, String idempotencyKey) {
        Map<String, Object> contact = producer.contact() == null
                ? null
                : Forms.object(
                        "name",
                        producer.contact().name(),
                        "phone",
                        producer.contact().phone(),
                        "email",
                        producer.contact().email());
        return post(DOSSIER, "/api/v1/producers")
                .as(as)
                .idempotencyKey(idempotencyKey)
                .jsonOf(Forms.object(
                        "kind",
                        producer.kind(),
                        "name",
                        producer.name(),
                        "registrationNumber",
                        producer.registrationNumber(),
                        "districtCode",
                        producer.districtCode(),
                        "communeCode",
                        producer.communeCode(),
                        "address",
                        producer.address(),
                        "contact",
                        contact))
                .send();
    }

    public Reply producer(String as, String producerId) {
        return get(DOSSIER, "/api/v1/producers/" + producerId).as(as).send();
    }

    // ---- lifecycle: dossiers (dossier-service) ------------------------------------------------------------

    /** Opens a draft dossier (the producer); its view lists the missing checklist documents. */
    public Reply openDossier(String as, Forms.Dossier dossier, String idempotencyKey) {
        return post(DOSSIER, "/api/v1/dossiers")
                .as(as)
                .idempotencyKey(idempotencyKey)
                .jsonOf(Forms.object(
                        "roundId",
                        dossier.roundId(),
                        "producerId",
                        dossier.producerId(),
                        "productName",
                        dossier.productName(),
                        "productGroup",
                        dossier.productGroup(),
                        "description",
                        dossier.description()))
                .send();
    }

    public Reply dossier(String as, String dossierId) {
        return get(DOSSIER, "/api/v1/dossiers/" + dossierId).as(as).send();
    }

    /** Uploads one checklist document of a dossier. */
    public Reply upload(
            String as, String dossierId, String documentType, String fileName, String contentType, byte[] file) {
        return post(DOSSIER, "/api/v1/dossiers/" + dossierId + "/attachments")
                .as(as)
                .multipart(Multipart.create()
                        .field("documentType", documentType)
                        .file("file", fileName, contentType, file))
                .send();
    }

    /** Uploads a small genuine PDF as checklist document {@code documentType}. */
    public Reply uploadPdf(String as, String dossierId, String documentType) {
        return upload(as, dossierId, documentType, documentType + ".pdf", "application/pdf", Multipart.samplePdf());
    }

    /** Uploads a sample PDF for every document the dossier's checklist still misses; answers how many. */
    public int uploadMissing(String as, JsonNode dossierView) {
        String id = dossierView.get("id").asString();
        int uploaded = 0;
        for (JsonNode missing : dossierView.path("checklist").path("missing")) {
            uploadPdf(as, id, missing.asString()).expect("upload " + missing.asString() + " of " + id, 201, 200);
            uploaded++;
        }
        return uploaded;
    }

    public Reply submit(String as, String dossierId) {
        return action(as, dossierId, "submit", null);
    }

    /** Opens a dossier, uploads every missing document and submits it; answers the submitted view. */
    public JsonNode fileAndSubmit(String as, Forms.Dossier dossier, String idempotencyKey) {
        JsonNode opened = openDossier(as, dossier, idempotencyKey)
                .expect("open the dossier of " + dossier.productName(), 201, 200)
                .json();
        uploadMissing(as, opened);
        return submit(as, opened.get("id").asString())
                .expect("submit " + dossier.productName(), 200)
                .json();
    }

    /** The district accepts a submitted dossier; evaluation-service then opens its district evaluation. */
    public Reply accept(String as, String dossierId) {
        return action(as, dossierId, "accept", null);
    }

    /** The district returns a dossier for completion, with its reasons. */
    public Reply returnForCompletion(String as, String dossierId, List<String> reasons) {
        return action(as, dossierId, "return", Map.of("reasons", reasons));
    }

    /** The province allows forwarding after the district deadline, with its reason. */
    public Reply deadlineException(String as, String dossierId, String reason) {
        return action(as, dossierId, "deadline-exception", Map.of("reason", reason));
    }

    public Reply forward(String as, String dossierId) {
        return action(as, dossierId, "forward", null);
    }

    private Reply action(String as, String dossierId, String action, Object body) {
        Request r =
                post(DOSSIER, "/api/v1/dossiers/" + dossierId + "/" + action).as(as);
        return (body == null ? r.json(null) : r.jsonOf(body)).send();
    }

    // ---- lifecycle: councils, scoring, recognition (evaluation-service) ----------------------------------

    /** Creates the council unless it exists (201, or 200/409 when it already does). */
    public Reply ensureCouncil(String as, Forms.Council council) {
        List<Map<String, Object>> seats = council.members().stream()
                .map(m -> Forms.object("userId", m.userId(), "name", m.name(), "role", m.role()))
                .toList();
        return post(EVALUATION, "/api/v1/councils")
                .as(as)
                .jsonOf(Forms.object(
                        "id",
                        council.id(),
                        "name",
                        council.name(),
                        "level",
                        council.level(),
                        "unit",
                        council.unit(),
                        "members",
                        seats))
                .expect("set up council " + council.id(), 201, 200, 409);
    }

    /** The evaluation of a dossier at a level: {@code <dossierId>:DISTRICT} or {@code :PROVINCE}. */
    public static String evaluationId(String dossierId, String level) {
        return dossierId + ":" + level;
    }

    public Reply evaluation(String as, String evaluationId) {
        return get(EVALUATION, "/api/v1/evaluations/" + evaluationId).as(as).send();
    }

    public Reply evaluations(String as, String level) {
        return get(EVALUATION, "/api/v1/evaluations?level=" + level).as(as).send();
    }

    /** Assigns an evaluation to a council for a session; the answer names the criteria sheet. */
    public Reply assign(String as, String evaluationId, String councilId, LocalDate sessionDate) {
        return post(EVALUATION, "/api/v1/evaluations/" + evaluationId + "/assign")
                .as(as)
                .jsonOf(Map.of("councilId", councilId, "sessionDate", sessionDate.toString()))
                .send();
    }

    public Reply criteriaSheet(String as, String sheetId) {
        return get(EVALUATION, "/api/v1/criteria-sheets/" + sheetId).as(as).send();
    }

    /** A council member's own score sheet: criterion code → chosen option code. */
    public Reply score(String as, String evaluationId, Map<String, String> answers) {
        return put(EVALUATION, "/api/v1/evaluations/" + evaluationId + "/score-sheets/me")
                .as(as)
                .jsonOf(Map.of("answers", answers))
                .send();
    }

    /** The chair closes the scoring; the dossier is graded from the members' sheets. */
    public Reply finalise(String as, String evaluationId) {
        return post(EVALUATION, "/api/v1/evaluations/" + evaluationId + "/finalise")
                .as(as)
                .json(null)
                .send();
    }

    /** The People's Committee's recognition decision for graded dossiers. */
    public Reply recognise(String as, Forms.Decision decision, String idempotencyKey) {
        return post(EVALUATION, "/api/v1/recognition-decisions")
                .as(as)
                .idempotencyKey(idempotencyKey)
                .jsonOf(Forms.object(
                        "decisionNumber",
                        decision.decisionNumber(),
                        "decisionDate",
                        text(decision.decisionDate()),
                        "signer",
                        decision.signer(),
                        "dossierIds",
                        decision.dossierIds()))
                .send();
    }

    // ---- lifecycle: reports and views (reporting-service) ------------------------------------------------

    /** Schedules a half-year reporting period (e.g. 2020, 1 → {@code 2020-H1}). */
    public Reply schedulePeriod(String as, int year, int half) {
        return post(REPORTING, "/api/v1/periods")
                .as(as)
                .jsonOf(Map.of("year", year, "half", half))
                .send();
    }

    public Reply period(String as, String periodId) {
        return get(REPORTING, "/api/v1/periods/" + periodId).as(as).send();
    }

    /** A unit's report for a period: its figures and a narrative. */
    public Reply fileReport(String as, String periodId, Map<String, Object> figures, String narrative) {
        return post(REPORTING, "/api/v1/periods/" + periodId + "/reports")
                .as(as)
                .jsonOf(Map.of("figures", figures, "narrative", narrative))
                .send();
    }

    /** The dossier funnel, of one round or (null) of all. */
    public Reply funnel(String as, String roundId) {
        return get(REPORTING, "/api/v1/funnel" + (roundId == null ? "" : "?roundId=" + encode(roundId)))
                .as(as)
                .send();
    }

    /** The public catalogue of recognised products (no token). */
    public Reply catalogue(String query) {
        return get(REPORTING, "/api/v1/public/catalogue" + (query == null ? "" : "?q=" + encode(query)))
                .send();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
