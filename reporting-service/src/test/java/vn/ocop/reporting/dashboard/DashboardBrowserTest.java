package vn.ocop.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.reporting.support.Events.dossier;
import static vn.ocop.reporting.support.Events.roundScheduled;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ocop.platform.test.TestInfrastructure;
import vn.ocop.reporting.support.ReportingTestBase;

/** The dashboard page in headless Chromium, driven over the DevTools protocol: live update through SSE. */
class DashboardBrowserTest extends ReportingTestBase {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOT = Path.of("../docs/dashboard.png");

    private Process browser;
    private Path profile;
    private Cdp cdp;

    @Test
    void funnelUpdatesLiveWhenADossierIsSubmittedAndEveryPanelIsShown() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM),
                "headless Chromium not installed at /usr/bin/chromium (.ci/run installs Debian's chromium): skipped");
        String round = unique("round-2099");
        roundScheduled(round, 2099, 9, "2099-04-10", "2099-05-31");
        dossier(
                "submitted",
                unique("dos-ui"),
                2,
                round,
                2099,
                "Mạch nha Mộ Đức",
                "533",
                "Huyện Mộ Đức",
                "21436",
                "Xã Đức Lân",
                "2099-03-16T01:45:00Z");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(getOk("/api/v1/dashboard", "province.officer")
                                .get("funnel")
                                .get("roundId")
                                .asString())
                        .isEqualTo(round));

        startBrowser();
        cdp.call(
                "Page.navigate",
                Map.of(
                        "url",
                        "http://127.0.0.1:" + port + "/dashboard/#token="
                                + TestInfrastructure.token("province.officer")));
        String total = "document.querySelector('#panel-funnel .figure-caption')?.textContent ?? ''";
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> evaluate(total).matches(".*\\b1\\b.*"));
        } catch (RuntimeException e) {
            throw new AssertionError("page shows: " + evaluate("document.body.innerText.slice(0, 1500)"), e);
        }
        await().atMost(Duration.ofSeconds(15))
                .until(() -> evaluate("document.querySelector('#live-indicator')?.className ?? ''")
                        .contains("live"));

        dossier(
                "submitted",
                unique("dos-ui"),
                2,
                round,
                2099,
                "Tỏi Lý Sơn",
                "536",
                "Huyện Lý Sơn",
                null,
                null,
                "2099-03-17T01:45:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> evaluate(total).matches(".*\\b2\\b.*"));

        assertThat(evaluate("[...document.querySelectorAll('section[data-panel]')].map(s => s.id).sort().join(',')"))
                .isEqualTo("panel-deadlines,panel-funnel,panel-health,panel-reports,panel-stars-by-district,"
                        + "panel-targets,panel-tasks");
        JsonNode shot = cdp.call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        byte[] png = Base64.getDecoder().decode(shot.get("data").asString());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isBetween(800, 4000);
        assertThat(image.getHeight()).isBetween(600, 20000);
        Files.write(SCREENSHOT, png);
    }

    private String evaluate(String expression) {
        JsonNode r = cdp.call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        JsonNode value = r.get("result").get("value");
        return value == null || value.isNull() ? "" : value.asString();
    }

    private void startBrowser() throws Exception {
        profile = Files.createTempDirectory("ocop-chromium");
        browser = new ProcessBuilder(
                        CHROMIUM.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--window-size=1400,1800",
                        "--user-data-dir=" + profile,
                        "--remote-debugging-port=0",
                        "about:blank")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Path portFile = profile.resolve("DevToolsActivePort");
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        Files.exists(portFile) && Files.readAllLines(portFile).size() >= 2);
        int devtoolsPort = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
        String targets = HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + devtoolsPort + "/json/list"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();
        String pageSocket = null;
        for (JsonNode t : JSON.readTree(targets)) {
            if ("page".equals(t.get("type").asString())) {
                pageSocket = t.get("webSocketDebuggerUrl").asString();
            }
        }
        assertThat(pageSocket).as("a page target in " + targets).isNotNull();
        cdp = new Cdp(pageSocket);
        cdp.call("Page.enable", Map.of());
        cdp.call("Runtime.enable", Map.of());
    }

    @AfterEach
    void stopBrowser() throws Exception {
        if (cdp != null) {
            cdp.close();
        }
        if (browser != null) {
            browser.destroy();
            if (!browser.waitFor(10, TimeUnit.SECONDS)) {
                browser.destroyForcibly();
            }
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A minimal Chrome DevTools Protocol client: one call at a time, answers matched by id. */
    private static final class Cdp implements WebSocket.Listener {
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        private final StringBuilder partial = new StringBuilder();
        private final WebSocket socket;

        Cdp(String url) {
            socket = HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .buildAsync(URI.create(url), this)
                    .join();
        }

        JsonNode call(String method, Map<String, Object> params) {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            pending.put(id, answer);
            ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
            message.set("params", JSON.valueToTree(params));
            socket.sendText(JSON.writeValueAsString(message), true).join();
            JsonNode response = answer.orTimeout(20, TimeUnit.SECONDS).join();
            if (response.has("error")) {
                throw new IllegalStateException(method + ": " + response.get("error"));
            }
            return response.get("result");
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonNode message = JSON.readTree(partial.toString());
                partial.setLength(0);
                if (message.has("id")) {
                    CompletableFuture<JsonNode> f =
                            pending.remove(message.get("id").asInt());
                    if (f != null) {
                        f.complete(message);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }

        void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }
}
