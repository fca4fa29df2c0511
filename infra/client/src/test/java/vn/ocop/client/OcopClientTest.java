package vn.ocop.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a JDK HttpServer stub that records what it received and answers what it is told. */
class OcopClientTest {

    private HttpServer server;
    private OcopClient client;
    private final Map<String, Received> received = new ConcurrentHashMap<>();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    record Received(String method, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    record Answer(int status, String contentType, String body) {}

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        client = OcopClient.builder()
                .baseUrl(OcopClient.DOSSIER, base)
                .baseUrl(OcopClient.EVALUATION, base)
                .tokens(caller -> "anonymous".equals(caller) ? null : "token-of-" + caller)
                .build();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        received.put(
                path,
                new Received(
                        exchange.getRequestMethod(),
                        Map.copyOf(exchange.getRequestHeaders()),
                        exchange.getRequestBody().readAllBytes()));
        Answer answer = answers.getOrDefault(path, new Answer(200, "application/json", "{}"));
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        exchange.getResponseHeaders().add("ETag", "\"7\"");
        exchange.sendResponseHeaders(answer.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Test
    void parsesAProblemWithItsCodeDetailAndFieldErrors() {
        answers.put("/api/v1/producers", new Answer(400, "application/problem+json", """
                {"type":"about:blank","title":"Bad Request","status":400,"code":"validation",
                 "detail":"The request is invalid: contact.phone is not a Vietnamese phone number",
                 "detail_vi":"Yêu cầu không hợp lệ: contact.phone không phải số điện thoại Việt Nam",
                 "errors":[{"field":"contact.phone","reason":"is not a Vietnamese phone number",
                            "reason_vi":"không phải số điện thoại Việt Nam"}]}"""));

        Reply reply = client.registerProducer(
                "district.mo-duc",
                new Forms.Producer(
                        "COOPERATIVE", "HTX", "4300100001", "533", null, null, new Forms.Contact("A", "12", null)),
                null);

        Problem problem = reply.problem().orElseThrow();
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("validation");
        assertThat(problem.detail()).contains("contact.phone");
        assertThat(problem.detailVi()).startsWith("Yêu cầu không hợp lệ");
        assertThat(problem.errors())
                .containsExactly(new Problem.FieldError(
                        "contact.phone", "is not a Vietnamese phone number", "không phải số điện thoại Việt Nam"));
        assertThatThrownBy(() -> reply.expect("register the producer", 201))
                .isInstanceOf(UnexpectedReply.class)
                .hasMessageContaining("register the producer answered 400")
                .satisfies(e -> assertThat(((UnexpectedReply) e).problem()).contains(problem));
    }

    @Test
    void aPlainJsonAnswerIsNoProblem() {
        Reply reply = client.dossier("producer.mo-duc", "HS-1");

        assertThat(reply.problem()).isEmpty();
        assertThat(reply.etag()).isEqualTo("\"7\"");
        assertThat(received.get("/api/v1/dossiers/HS-1").header("Authorization"))
                .isEqualTo("Bearer token-of-producer.mo-duc");
    }

    @Test
    void sendsTheIdempotencyKeyAndIfMatchItIsGivenAndNoTokenForACallerWithout() {
        client.openRound(
                        "province.officer",
                        new Forms.Round(
                                2020,
                                1,
                                null,
                                java.time.LocalDate.of(2020, 4, 10),
                                java.time.LocalDate.of(2020, 5, 31)),
                        "round-2020-1")
                .expect("open round", 200);
        client.patch(OcopClient.DOSSIER, "/api/v1/tasks/t-1")
                .as("anonymous")
                .ifMatch("\"7\"")
                .json("{\"status\":\"DONE\"}")
                .send();

        Received round = received.get("/api/v1/rounds");
        assertThat(round.header("Idempotency-Key")).isEqualTo("round-2020-1");
        assertThat(round.header("Content-Type")).isEqualTo("application/json");
        assertThat(round.text())
                .isEqualTo(
                        "{\"year\":2020,\"number\":1,\"districtDeadline\":\"2020-04-10\",\"provinceDeadline\":\"2020-05-31\"}");
        Received task = received.get("/api/v1/tasks/t-1");
        assertThat(task.method()).isEqualTo("PATCH");
        assertThat(task.header("If-Match")).isEqualTo("\"7\"");
        assertThat(task.header("Authorization")).isNull();
        assertThat(task.header("Idempotency-Key")).isNull();
    }

    @Test
    void uploadsADocumentAsMultipartWithItsTypeAndFile() {
        client.uploadPdf("producer.mo-duc", "HS-1", "BUSINESS_LICENCE").expect("upload", 200);

        Received upload = received.get("/api/v1/dossiers/HS-1/attachments");
        String contentType = upload.header("Content-Type");
        assertThat(contentType).startsWith("multipart/form-data; boundary=");
        String boundary = contentType.substring(contentType.indexOf('=') + 1);
        String body = new String(upload.body(), StandardCharsets.ISO_8859_1);
        assertThat(body)
                .isEqualTo("--" + boundary + "\r\nContent-Disposition: form-data; name=\"documentType\"\r\n"
                        + "\r\nBUSINESS_LICENCE\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"BUSINESS_LICENCE.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
                        + new String(Multipart.samplePdf(), StandardCharsets.ISO_8859_1) + "\r\n--" + boundary
                        + "--\r\n");
    }

    @Test
    void aConnectionFailureIsAClientExceptionNamingTheCall() {
        server.stop(0);

        assertThatThrownBy(() -> client.accept("district.mo-duc", "HS-1"))
                .isInstanceOf(OcopClientException.class)
                .hasMessageContaining("POST")
                .hasMessageContaining("/api/v1/dossiers/HS-1/accept");
    }
}
