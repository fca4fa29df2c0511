package vn.ocop.notification.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders the message templates of {@link TemplateType} in a {@link Language}.
 *
 * <p>Syntax: {@code {{name}}} inserts a value; {@code {{#flag}}…{{/flag}}} keeps its content when the boolean is
 * true, {@code {{^flag}}…{{/flag}}} when it is false. Values are escaped in the HTML body; dates are written
 * dd/MM/yyyy (the form used in Vietnamese administration); a collection becomes a list (lines in text, {@code <ul>} in
 * HTML, "; "-joined in SMS). A placeholder without a value is an error, never an empty gap in a message to a person.
 */
public final class TemplateRenderer {

    static final String BASE = "templates/notification/";
    private static final Pattern SECTION = Pattern.compile("\\{\\{([#^])(\\w+)}}(.*?)\\{\\{/\\2}}", Pattern.DOTALL);
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{(\\w+)}}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ClassLoader classLoader;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public TemplateRenderer() {
        this(TemplateRenderer.class.getClassLoader());
    }

    public TemplateRenderer(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public RenderedEmail renderEmail(TemplateType type, Language language, Map<String, ?> values) {
        String subject = render(load(type, language, "subject"), values, Mode.TEXT)
                .strip()
                .replaceAll("\\s+", " ");
        String text = render(load(type, language, "txt"), values, Mode.TEXT).strip() + "\n\n-- \n"
                + load("_footer." + language.tag() + ".txt").strip() + "\n";
        String content = render(load(type, language, "html"), values, Mode.HTML).strip();
        String html = render(
                load("_layout." + language.tag() + ".html"),
                Map.of("subject", subject, "content", new Markup(content)),
                Mode.HTML);
        return new RenderedEmail(subject, text, html);
    }

    /**
     * @param unicode true when the gateway sends UCS-2 (diacritics kept); false folds to ASCII within 160 characters
     */
    public SmsText renderSms(TemplateType type, Language language, Map<String, ?> values, boolean unicode) {
        String text =
                render(load(type, language, "sms"), values, Mode.SMS).strip().replaceAll("\\s*\\n\\s*", " ");
        return unicode ? SmsText.unicode(text) : SmsText.ascii(text);
    }

    /** The raw template, for checks that every message exists in every language. */
    public String template(TemplateType type, Language language, String part) {
        return load(type, language, part);
    }

    private String load(TemplateType type, Language language, String part) {
        return load(type.id() + "." + language.tag() + "." + part);
    }

    private String load(String name) {
        return cache.computeIfAbsent(name, key -> {
            try (InputStream in = classLoader.getResourceAsStream(BASE + key)) {
                if (in == null) {
                    throw new IllegalStateException("Missing message template " + BASE + key);
                }
                return Normalizer.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8), Normalizer.Form.NFC);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String render(String template, Map<String, ?> values, Mode mode) {
        Matcher sections = SECTION.matcher(template);
        StringBuilder withSections = new StringBuilder();
        while (sections.find()) {
            boolean flag = Boolean.TRUE.equals(require(values, sections.group(2)));
            boolean show = sections.group(1).equals("#") == flag;
            sections.appendReplacement(withSections, Matcher.quoteReplacement(show ? sections.group(3) : ""));
        }
        sections.appendTail(withSections);

        Matcher variables = VARIABLE.matcher(withSections);
        StringBuilder out = new StringBuilder();
        while (variables.find()) {
            String value = format(require(values, variables.group(1)), mode);
            variables.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        variables.appendTail(out);
        return out.toString();
    }

    private static Object require(Map<String, ?> values, String name) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("No value for placeholder {{" + name + "}}");
        }
        return values.get(name);
    }

    private static String format(Object value, Mode mode) {
        if (value instanceof Markup markup) {
            return markup.html();
        }
        if (value instanceof Collection<?> items) {
            return switch (mode) {
                case TEXT -> items.stream().map(item -> "- " + plain(item)).collect(Collectors.joining("\n"));
                case HTML ->
                    items.stream()
                            .map(item -> "<li>" + escape(plain(item)) + "</li>")
                            .collect(Collectors.joining("", "<ul>", "</ul>"));
                case SMS -> items.stream().map(TemplateRenderer::plain).collect(Collectors.joining("; "));
            };
        }
        return mode == Mode.HTML ? escape(plain(value)) : plain(value);
    }

    private static String plain(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return Normalizer.normalize(value.toString(), Normalizer.Form.NFC);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private enum Mode {
        TEXT,
        HTML,
        SMS
    }

    /** Already-escaped HTML, inserted as is (the rendered body inside the layout). */
    private record Markup(String html) {}
}
