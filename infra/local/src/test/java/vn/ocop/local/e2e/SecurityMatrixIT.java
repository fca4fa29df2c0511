package vn.ocop.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.local.e2e.MatrixFixtures.DOSSIER;
import static vn.ocop.local.e2e.MatrixFixtures.EVALUATION;
import static vn.ocop.local.e2e.MatrixFixtures.NOTIFICATION;
import static vn.ocop.local.e2e.MatrixFixtures.REPORTING;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import vn.ocop.local.EmbeddedPlatform;
import vn.ocop.local.PortPlan;
import vn.ocop.local.demo.DemoDirectory;

/**
 * Issue 3's matrix: every endpoint of every service's OpenAPI document, called as every role and as
 * users of two districts (Mộ Đức 533 owns the objects, Ba Tơ 535 must never reach them), compared with
 * the checked-in {@code security-matrix.csv}. Re-record with {@code -Docop.security.record=true}
 * (writes {@code target/security-matrix.csv}; review it, then copy it to {@code src/test/resources}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityMatrixIT {

    /** The table's order of callers. */
    static final List<String> CALLERS = List.of(
            MatrixHttp.ANONYMOUS,
            MatrixHttp.EXPIRED,
            "province.officer",
            "operator",
            "district.mo-duc",
            "district.ba-to",
            "commune.duc-loi",
            "commune.ba-dien",
            "producer.mo-duc",
            "producer.ba-to",
            "council.mo-duc.chair",
            "council.ba-to.chair",
            "reporter.dard",
            "reporter.ba-to");
    /** Order of calls to a state-changing endpoint: intruders first, so a hole shows before the owner acts. */
    static final List<String> WRITE_ORDER = List.of(
            MatrixHttp.ANONYMOUS,
            MatrixHttp.EXPIRED,
            "district.ba-to",
            "commune.ba-dien",
            "producer.ba-to",
            "council.ba-to.chair",
            "reporter.ba-to",
            "reporter.dard",
            "operator",
            "council.mo-duc.chair",
            "commune.duc-loi",
            "producer.mo-duc",
            "district.mo-duc",
            "province.officer");

    static final Set<String> OTHER_DISTRICT =
            Set.of("district.ba-to", "commune.ba-dien", "producer.ba-to", "council.ba-to.chair", "reporter.ba-to");
    static final List<String> SERVICES = List.of(DOSSIER, EVALUATION, REPORTING, NOTIFICATION);
    static final boolean RECORD = Boolean.getBoolean("ocop.security.record");

    private static EmbeddedPlatform platform;
    private static MatrixHttp http;
    private static MatrixFixtures fx;

    @BeforeAll
    static void start() throws Exception {
        platform = EmbeddedPlatform.builder()
                .dataDir(Files.createTempDirectory("ocop-matrix"))
                .ports(PortPlan.ephemeral())
                .build();
        platform.start();
        http = new MatrixHttp(platform);
        // the services seed no contacts: the directory (ct-dist-533 among them) is the demo's, made through the API
        DemoDirectory.create(platform);
        fx = new MatrixFixtures(http);
        fx.seed();
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.stop();
        }
    }

    private record Result(
            MatrixPlans.Endpoint endpoint,
            MatrixPlans.Plan plan,
            String caller,
            int status,
            String outcome,
            String body) {}

    @Test
    @Order(1)
    void everyEndpointAnswersEveryCallerAsTheCheckedInTableSays() throws Exception {
        List<MatrixPlans.Endpoint> endpoints = documentedEndpoints();
        List<Result> results = run(endpoints);
        writeDetails(results);

        Map<String, MatrixTable.Row> expected = RECORD
                ? loadTable().orElse(Map.of())
                : loadTable()
                        .orElseThrow(
                                () -> new AssertionError(
                                        "src/test/resources/security-matrix.csv is missing: run with "
                                                + "-Docop.security.record=true, review target/security-matrix.csv and copy it there"));
        List<MatrixTable.Row> recorded = new ArrayList<>();
        for (Result r : results) {
            String key = MatrixTable.Row.key(
                    r.endpoint().service(), r.endpoint().method(), r.endpoint().path(), r.caller());
            MatrixTable.Row known = expected.get(key);
            // a hole stays a hole when re-recording: its row keeps the outcome the rules demand
            boolean hole = known != null && known.note().startsWith("KNOWN HOLE");
            recorded.add(new MatrixTable.Row(
                    r.endpoint().service(),
                    r.endpoint().method(),
                    r.endpoint().path(),
                    r.caller(),
                    hole ? known.expected() : r.outcome(),
                    known == null ? "" : known.note()));
        }
        MatrixTable.write(Path.of("target", "security-matrix.csv"), recorded, CALLERS);

        List<String> violations = invariantViolations(results);
        if (!RECORD) {
            List<String> missing = new ArrayList<>();
            List<String> differing = new ArrayList<>();
            Set<String> seen = new TreeSet<>();
            for (Result r : results) {
                String key = MatrixTable.Row.key(
                        r.endpoint().service(),
                        r.endpoint().method(),
                        r.endpoint().path(),
                        r.caller());
                seen.add(key);
                MatrixTable.Row row = expected.get(key);
                if (row == null) {
                    missing.add(key);
                } else if (!row.expected().equals(r.outcome())) {
                    differing.add(key + ": expected " + row.expected() + ", got " + r.outcome() + " "
                            + (row.note().isEmpty() ? "" : "[" + row.note() + "] ") + snippet(r.body()));
                }
            }
            List<String> stale =
                    expected.keySet().stream().filter(k -> !seen.contains(k)).toList();
            assertThat(missing)
                    .as("endpoint × caller pairs of the OpenAPI documents missing from the table "
                            + "(coverage must be 100 %)")
                    .isEmpty();
            assertThat(stale)
                    .as("table rows for endpoints no OpenAPI document lists any more")
                    .isEmpty();
            assertThat(differing)
                    .as("outcomes that differ from security-matrix.csv")
                    .isEmpty();
        }
        assertThat(violations)
                .as("2xx for another district's caller on a Mộ Đức object, a leak of Mộ Đức data, "
                        + "or 2xx for an anonymous caller outside /api/v1/public/**")
                .isEmpty();
        assertThat(endpoints).hasSizeGreaterThan(60);
    }

    @Test
    @Order(2)
    void sensitiveActuatorEndpointsAreAbsentOnEveryApiAndManagementPort() {
        List<String> served = new ArrayList<>();
        for (String service : SERVICES) {
            for (String base : List.of(platform.serviceUrl(service), platform.managementUrl(service))) {
                for (String path : List.of(
                        "/actuator/env",
                        "/actuator/heapdump",
                        "/actuator/beans",
                        "/actuator/configprops",
                        "/actuator/threaddump")) {
                    for (String caller : List.of("operator", MatrixHttp.ANONYMOUS)) {
                        MatrixHttp.Reply r = http.sendTo(base, MatrixHttp.Call.of("GET", path), caller);
                        boolean refused =
                                "operator".equals(caller) ? r.status() == 404 : r.status() == 404 || r.status() == 401;
                        if (!refused) {
                            served.add(base + path + " as " + caller + " → " + r.status());
                        }
                    }
                }
            }
            // the probe port still works, so the 404s above are not a dead port
            MatrixHttp.Reply alive = http.sendTo(
                    platform.managementUrl(service),
                    MatrixHttp.Call.of("GET", "/actuator/health/liveness"),
                    MatrixHttp.ANONYMOUS);
            assertThat(alive.status()).as(service + " " + alive.body()).isEqualTo(200);
        }
        assertThat(served).isEmpty();
    }

    @Test
    @Order(3)
    void openingADossierCannotSetStatusStarsDistrictOrCertificate() {
        long before = dossierCount();
        MatrixHttp.Reply r = http.post(DOSSIER, "/api/v1/dossiers", "producer.mo-duc", """
                {"roundId":"%s","producerId":"PR-4300100001","productName":"Mạch nha giả mạo",
                 "productGroup":"FOOD_PROCESSED","status":"RECOGNIZED","stars":5,"districtCode":"535",
                 "certificateNumber":"OCOP-QNg-2020-9999"}""".formatted(fx.round));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(dossierCount()).isEqualTo(before);
        assertThat(http.get(DOSSIER, "/api/v1/dossiers?q=gia%20mao", "province.officer")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    @Order(4)
    void editingADraftCannotSetStatusStarsDistrictOrCertificate() {
        String path = "/api/v1/dossiers/" + fx.editable;
        MatrixHttp.Reply before = http.get(DOSSIER, path, "producer.mo-duc");
        for (String extra : List.of(
                "\"status\":\"ACCEPTED\"",
                "\"stars\":5",
                "\"districtResult\":{\"stars\":5}",
                "\"origin\":{\"districtCode\":\"535\"}",
                "\"districtCode\":\"535\"",
                "\"recognition\":{\"certificateNumber\":\"X\"}")) {
            MatrixHttp.Reply r = http.put(
                    DOSSIER,
                    path,
                    "producer.mo-duc",
                    "{\"productName\":\"Dầu phộng Mộ Đức\"," + "\"productGroup\":\"FOOD_PROCESSED\"," + extra + "}",
                    before.header("ETag"));
            assertThat(r.status()).as(extra + " → " + r.body()).isEqualTo(400);
        }
        MatrixHttp.Reply after = http.get(DOSSIER, path, "producer.mo-duc");
        assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
        assertSameFields(before.json(), after.json(), "status", "origin", "districtResult", "recognition", "version");
    }

    @Test
    @Order(5)
    void updatingAProducerCannotSetStatusOrIdNorMoveItOutOfTheOfficersDistrict() {
        String path = "/api/v1/producers/" + MatrixFixtures.MO_DUC_PRODUCER;
        MatrixHttp.Reply before = http.get(DOSSIER, path, "district.mo-duc");
        String body = MatrixPlans.producerUpdate();
        for (String extra : List.of(
                "\"status\":\"SUSPENDED\"",
                "\"id\":\"PR-9999999999\"",
                "\"registrationNumber\":\"9999999999\"",
                "\"version\":99",
                "\"certificateNumber\":\"X\"")) {
            MatrixHttp.Reply r = http.put(
                    DOSSIER,
                    path,
                    "district.mo-duc",
                    body.replaceFirst("\\{", "{" + extra + ","),
                    before.header("ETag"));
            assertThat(r.status()).as(extra + " → " + r.body()).isEqualTo(400);
        }
        MatrixHttp.Reply moved = http.put(
                DOSSIER,
                path,
                "district.mo-duc",
                body.replace("\"533\"", "\"535\"").replace("\"21403\"", "\"21487\""),
                before.header("ETag"));
        assertThat(moved.status()).as(moved.body()).isEqualTo(403);
        MatrixHttp.Reply after = http.get(DOSSIER, path, "district.mo-duc");
        assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
        assertThat(after.json().toString()).isEqualTo(before.json().toString());
    }

    @Test
    @Order(6)
    void aScoreSheetCannotCarryItsOwnTotalStarsOrStatus() {
        String path = "/api/v1/evaluations/" + fx.mainEvaluation;
        JsonNode before = http.get(EVALUATION, path, "province.officer").json();
        String answers = fx.chairAnswers.substring(0, fx.chairAnswers.length() - 1);
        for (String extra : List.of(
                "\"total\":\"100\"",
                "\"stars\":5",
                "\"status\":\"GRADED\"",
                "\"memberId\":\"council.mo-duc.member1\"")) {
            MatrixHttp.Reply r = http.put(
                    EVALUATION, path + "/score-sheets/me", "council.mo-duc.chair", answers + "," + extra + "}", null);
            assertThat(r.status()).as(extra + " → " + r.body()).isEqualTo(400);
        }
        JsonNode after = http.get(EVALUATION, path, "province.officer").json();
        assertSameFields(before, after, "status", "result", "version", "scoreSheets", "recognition");
    }

    /** One contact call of the scope table: who, what, and the answer the rules demand. */
    private record ContactRow(String caller, String method, String path, String body, int status, String field) {}

    @Test
    @Order(7)
    void aContactsEveryScopeFieldLiesInTheCallersDistrict() {
        // a Ba Tơ contact for Ba Tơ's producer, once notification-service has heard of the producer
        DemoDirectory.addProducerContact(
                platform,
                "district.ba-to",
                Map.of(
                        "id",
                        "ct-scope-535-producer",
                        "name",
                        "HTX Ba Điền",
                        "role",
                        "PRODUCER",
                        "producerId",
                        MatrixFixtures.BA_TO_PRODUCER,
                        "districtCode",
                        "535",
                        "communeCode",
                        "21487",
                        "email",
                        "scope.535@example.vn",
                        "channels",
                        List.of("EMAIL")));
        // Mộ Đức's producer is known too, so the refusal below is the scope rule and not "unknown producer"
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(90))
                .until(() -> http.post(
                                        NOTIFICATION,
                                        "/api/v1/contacts",
                                        "district.mo-duc",
                                        contact(
                                                "ct-scope-533-producer",
                                                "\"role\":\"PRODUCER\",\"producerId\":\""
                                                        + MatrixFixtures.MO_DUC_PRODUCER
                                                        + "\",\"districtCode\":\"533\""))
                                .status()
                        == 201);
        String own = "/api/v1/contacts/ct-scope-535-commune";
        List<ContactRow> rows = List.of(
                // Ba Tơ's officer aiming at Mộ Đức through each field: refused, naming it
                new ContactRow(
                        "district.ba-to",
                        "POST",
                        "/api/v1/contacts",
                        contact(
                                "ct-scope-x1",
                                "\"role\":\"PRODUCER\",\"producerId\":\"" + MatrixFixtures.MO_DUC_PRODUCER
                                        + "\",\"districtCode\":\"535\""),
                        403,
                        "producerId"),
                new ContactRow(
                        "district.ba-to",
                        "POST",
                        "/api/v1/contacts",
                        contact(
                                "ct-scope-x2",
                                "\"role\":\"COMMUNE_OFFICER\",\"districtCode\":\"535\",\"communeCode\":\"21403\""),
                        403,
                        "communeCode"),
                new ContactRow(
                        "district.ba-to",
                        "POST",
                        "/api/v1/contacts",
                        contact(
                                "ct-scope-x3",
                                "\"role\":\"UNIT_REPORTER\",\"districtCode\":\"535\",\"unitCode\":\"DIST-533\""),
                        403,
                        "unitCode"),
                new ContactRow(
                        "district.ba-to",
                        "POST",
                        "/api/v1/contacts",
                        contact("ct-scope-x4", "\"role\":\"DISTRICT_OFFICER\",\"districtCode\":\"533\""),
                        403,
                        "districtCode"),
                new ContactRow(
                        "district.ba-to",
                        "POST",
                        "/api/v1/contacts",
                        contact(
                                "ct-scope-x5",
                                "\"role\":\"PRODUCER\",\"producerId\":\"PR-4399999999\",\"districtCode\":\"535\""),
                        422,
                        "producerId"),
                // the same fields within Ba Tơ: created
                new ContactRow(
                        "district.ba-to",
                        "POST",
                        "/api/v1/contacts",
                        contact(
                                "ct-scope-535-commune",
                                "\"role\":\"COMMUNE_OFFICER\",\"districtCode\":\"535\",\"communeCode\":\"21487\""),
                        201,
                        null),
                new ContactRow(
                        "district.ba-to",
                        "POST",
                        "/api/v1/contacts",
                        contact(
                                "ct-scope-535-unit",
                                "\"role\":\"UNIT_REPORTER\",\"districtCode\":\"535\",\"unitCode\":\"DIST-535\""),
                        201,
                        null),
                // an update may not move a Ba Tơ contact to Mộ Đức, nor reach Mộ Đức's contacts at all
                new ContactRow(
                        "district.ba-to",
                        "PUT",
                        own,
                        contact(
                                null,
                                "\"role\":\"COMMUNE_OFFICER\","
                                        + "\"districtCode\":\"535\",\"communeCode\":\"21403\",\"version\":1"),
                        403,
                        "communeCode"),
                new ContactRow(
                        "district.ba-to",
                        "PUT",
                        own,
                        contact(
                                null,
                                "\"role\":\"PRODUCER\","
                                        + "\"producerId\":\"" + MatrixFixtures.MO_DUC_PRODUCER
                                        + "\",\"districtCode\":\"535\","
                                        + "\"version\":1"),
                        403,
                        "producerId"),
                new ContactRow(
                        "district.ba-to",
                        "PUT",
                        "/api/v1/contacts/" + MatrixFixtures.MO_DUC_DISTRICT_CONTACT,
                        contact(null, "\"role\":\"DISTRICT_OFFICER\",\"districtCode\":\"535\",\"version\":1"),
                        404,
                        null),
                new ContactRow(
                        "district.ba-to",
                        "DELETE",
                        "/api/v1/contacts/" + MatrixFixtures.MO_DUC_DISTRICT_CONTACT,
                        null,
                        404,
                        null),
                // the province writes anywhere, but a contact still names one place
                new ContactRow(
                        "province.officer",
                        "POST",
                        "/api/v1/contacts",
                        contact(
                                "ct-scope-x6",
                                "\"role\":\"PRODUCER\",\"producerId\":\"" + MatrixFixtures.MO_DUC_PRODUCER
                                        + "\",\"districtCode\":\"535\""),
                        400,
                        "producerId"),
                new ContactRow(
                        "province.officer",
                        "POST",
                        "/api/v1/contacts",
                        contact(
                                "ct-scope-x7",
                                "\"role\":\"COMMUNE_OFFICER\",\"districtCode\":\"535\",\"communeCode\":\"21403\""),
                        400,
                        "communeCode"));
        List<String> wrong = new ArrayList<>();
        for (ContactRow row : rows) {
            MatrixHttp.Reply r = http.send(
                    NOTIFICATION,
                    row.body() == null
                            ? MatrixHttp.Call.of(row.method(), row.path())
                            : MatrixHttp.Call.json(row.method(), row.path(), row.body()),
                    row.caller());
            boolean named = row.field() == null
                    || (r.contentType() != null
                            && r.contentType().startsWith("application/problem+json")
                            && r.json()
                                    .path("errors")
                                    .findValuesAsString("field")
                                    .contains(row.field()));
            if (r.status() != row.status() || !named) {
                wrong.add(row.caller() + " " + row.method() + " " + row.path() + " "
                        + snippet(row.body() == null ? "" : row.body()) + " → expected " + row.status() + " naming "
                        + row.field() + ", got "
                        + r.status() + " " + snippet(r.body()));
            }
        }
        assertThat(wrong).isEmpty();
        for (String refused : List.of(
                "ct-scope-x1",
                "ct-scope-x2",
                "ct-scope-x3",
                "ct-scope-x4",
                "ct-scope-x5",
                "ct-scope-x6",
                "ct-scope-x7")) {
            assertThat(http.get(NOTIFICATION, "/api/v1/contacts/" + refused, "province.officer")
                            .status())
                    .as(refused)
                    .isEqualTo(404);
        }
        JsonNode kept =
                http.get(NOTIFICATION, own + "?reveal=true", "province.officer").json();
        assertThat(kept.get("communeCode").asString()).isEqualTo("21487");
        assertThat(kept.get("version").asLong()).isEqualTo(1);
        assertThat(http.get(
                                NOTIFICATION,
                                "/api/v1/contacts/" + MatrixFixtures.MO_DUC_DISTRICT_CONTACT,
                                "province.officer")
                        .json()
                        .get("districtCode")
                        .asString())
                .isEqualTo("533");
    }

    /** A contact body with these scope fields; {@code id} null for an update. */
    private static String contact(String id, String scope) {
        return "{" + (id == null ? "" : "\"id\":\"" + id + "\",") + "\"name\":\"Liên hệ kiểm thử\"," + scope
                + ",\"email\":\"scope.test@example.vn\",\"channels\":[\"EMAIL\"]}";
    }

    private static void assertSameFields(JsonNode before, JsonNode after, String... fields) {
        for (String f : fields) {
            assertThat(after.path(f).toString()).as(f).isEqualTo(before.path(f).toString());
        }
    }

    private static long dossierCount() {
        return http.get(DOSSIER, "/api/v1/dossiers?size=1", "province.officer")
                .json()
                .get("total")
                .asLong();
    }

    /** The live documents go to target/openapi/ for the external linter (infra/lint-openapi.sh). */
    private static void saveForLinting(String service, String document) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "openapi");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.writeString(dir.resolve(service + ".json"), document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every (method, path) of every service's live /v3/api-docs, with example values for required query parameters. */
    private static List<MatrixPlans.Endpoint> documentedEndpoints() {
        List<MatrixPlans.Endpoint> out = new ArrayList<>();
        for (String service : SERVICES) {
            MatrixHttp.Reply doc = http.get(service, "/v3/api-docs", MatrixHttp.ANONYMOUS);
            assertThat(doc.status()).as(service + " /v3/api-docs").isEqualTo(200);
            saveForLinting(service, doc.body());
            Iterator<Map.Entry<String, JsonNode>> paths =
                    doc.json().get("paths").properties().iterator();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (String method : List.of("get", "put", "post", "delete", "patch")) {
                    JsonNode op = path.getValue().get(method);
                    if (op == null) {
                        continue;
                    }
                    Map<String, String> query = new LinkedHashMap<>();
                    for (JsonNode p : op.path("parameters")) {
                        if ("query".equals(p.path("in").asString())
                                && p.path("required").asBoolean(false)) {
                            JsonNode example = p.has("example")
                                    ? p.get("example")
                                    : p.path("schema").path("example");
                            query.put(p.get("name").asString(), example.isMissingNode() ? "x" : example.asString());
                        }
                    }
                    out.add(new MatrixPlans.Endpoint(service, method.toUpperCase(), path.getKey(), query));
                }
            }
        }
        return out;
    }

    /** Reads in parallel; each state-changing endpoint runs its callers in turn, endpoints side by side. */
    private static List<Result> run(List<MatrixPlans.Endpoint> endpoints) throws Exception {
        MatrixPlans plans = new MatrixPlans(fx);
        Map<String, Result> results = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> reads = new ArrayList<>();
            List<Runnable> writes = new ArrayList<>();
            for (MatrixPlans.Endpoint e : endpoints) {
                MatrixPlans.Plan plan = plans.plan(e);
                if (plan.mutating()) {
                    writes.add(() -> WRITE_ORDER.forEach(c -> results.put(e.key() + " " + c, call(e, plan, c))));
                } else {
                    CALLERS.forEach(c ->
                            reads.add(pool.submit(() -> results.put(e.key() + " " + c, call(e, plan, c)))));
                }
            }
            for (Future<?> f : reads) {
                f.get();
            }
            // every read has seen the fixtures untouched before anything changes them
            List<Future<?>> done = new ArrayList<>();
            writes.forEach(w -> done.add(pool.submit(w)));
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<Result> ordered = new ArrayList<>();
        for (MatrixPlans.Endpoint e : endpoints) {
            CALLERS.forEach(c -> ordered.add(results.get(e.key() + " " + c)));
        }
        return ordered;
    }

    private static Result call(MatrixPlans.Endpoint e, MatrixPlans.Plan plan, String caller) {
        int n = CALLERS.indexOf(caller);
        MatrixHttp.Reply r = http.send(e.service(), plan.call().apply(caller, n), caller);
        boolean leaks = OTHER_DISTRICT.contains(caller) && r.status() / 100 == 2 && showsMoDucData(r.body());
        return new Result(e, plan, caller, r.status(), MatrixTable.outcome(r.status(), leaks), r.body());
    }

    /** Data only Mộ Đức's own people may see: its dossiers, its producer's contact, its report, its council. */
    private static boolean showsMoDucData(String body) {
        if (body.contains(MatrixFixtures.MO_DUC_PHONE)
                || body.contains(MatrixFixtures.MO_DUC_EMAIL)
                || body.contains(MatrixFixtures.MO_DUC_REPORT_MARKER)
                || body.contains("\"" + MatrixFixtures.MO_DUC_COUNCIL + "\"")) {
            return true;
        }
        return fx.moDucDossiers.stream().anyMatch(body::contains);
    }

    private static List<String> invariantViolations(List<Result> results) {
        List<String> out = new ArrayList<>();
        for (Result r : results) {
            String where = r.endpoint().key() + " as " + r.caller() + " → " + r.status() + " " + snippet(r.body());
            if (OTHER_DISTRICT.contains(r.caller())
                    && r.outcome().startsWith("2xx")
                    && (r.plan().namesMoDuc() || r.outcome().equals("2xx-leak"))) {
                out.add(where);
            }
            if (MatrixHttp.ANONYMOUS.equals(r.caller())
                    && r.outcome().startsWith("2xx")
                    && !MatrixPlans.isPublic(r.endpoint().path())) {
                out.add(where);
            }
            if (MatrixHttp.EXPIRED.equals(r.caller())
                    && r.outcome().startsWith("2xx")
                    && !MatrixPlans.isPublic(r.endpoint().path())) {
                out.add(where);
            }
        }
        return out;
    }

    private static java.util.Optional<Map<String, MatrixTable.Row>> loadTable() {
        InputStream in = SecurityMatrixIT.class.getResourceAsStream("/security-matrix.csv");
        return in == null ? java.util.Optional.empty() : java.util.Optional.of(MatrixTable.read(in));
    }

    /** What each call answered, for reviewing a recording. */
    private static void writeDetails(List<Result> results) throws Exception {
        StringBuilder out = new StringBuilder();
        for (Result r : results) {
            out.append(r.endpoint().key())
                    .append(" | ")
                    .append(r.caller())
                    .append(" | ")
                    .append(r.status())
                    .append(" | ")
                    .append(r.outcome())
                    .append(" | ")
                    .append(snippet(r.body()))
                    .append('\n');
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "security-matrix-details.txt"), out);
    }

    private static String snippet(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 220 ? flat.substring(0, 220) + "…" : flat;
    }
}
