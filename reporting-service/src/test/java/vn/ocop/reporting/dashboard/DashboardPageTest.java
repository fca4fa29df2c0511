package vn.ocop.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Static checks of the ops dashboard page: what a strict CSP and the browser tests rely on. */
class DashboardPageTest {

    private static final String ROOT = "/static/dashboard/";

    @Test
    void everyPanelIsASectionWithItsDataPanelNameAndId() throws IOException {
        String html = resource("index.html");
        Matcher sections = Pattern.compile("<section\\s+id=\"([^\"]+)\"[^>]*data-panel=\"([^\"]+)\"")
                .matcher(html);
        List<String> panels = new ArrayList<>();
        while (sections.find()) {
            assertThat(sections.group(1)).isEqualTo("panel-" + sections.group(2));
            panels.add(sections.group(2));
        }
        assertThat(panels)
                .containsExactlyInAnyOrder(
                        "funnel", "stars-by-district", "targets", "deadlines", "reports", "tasks", "health");
    }

    @Test
    void pageHasNoInlineScriptStyleOrHandlerSoDefaultSrcSelfSuffices() throws IOException {
        String html = resource("index.html");

        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>")
                        .matcher(html)
                        .find())
                .isFalse();
        assertThat(html).doesNotContain("<style").doesNotContain(" style=");
        assertThat(Pattern.compile("\\son[a-z]+=", Pattern.CASE_INSENSITIVE)
                        .matcher(html)
                        .find())
                .isFalse();
    }

    @Test
    void nothingIsLoadedFromOutsideTheService() throws IOException {
        for (String file : List.of("index.html", "app.js", "app.css", "i18n.js")) {
            String text = resource(file).replace("http://www.w3.org/2000/svg", "");
            assertThat(text).as(file).doesNotContainPattern("(?i)(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}/");
        }
    }

    @Test
    void scriptNeverParsesDataAsHtml() throws IOException {
        String js = resource("app.js");

        assertThat(js).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
        assertThat(js).doesNotContain(".style.").doesNotContain("'style'");
    }

    @Test
    void englishAndVietnameseDefineTheSameMessages() throws IOException {
        String i18n = resource("i18n.js");
        int en = i18n.indexOf("\n  en: {");
        List<String> vi = keys(i18n.substring(0, en));
        List<String> english = keys(i18n.substring(en));

        assertThat(vi).hasSizeGreaterThan(50);
        assertThat(english).containsExactlyInAnyOrderElementsOf(vi);
    }

    private static List<String> keys(String block) {
        Matcher m = Pattern.compile("\\n    '?([\\w.]+)'?:").matcher(block);
        List<String> keys = new ArrayList<>();
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DashboardPageTest.class.getResourceAsStream(ROOT + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
