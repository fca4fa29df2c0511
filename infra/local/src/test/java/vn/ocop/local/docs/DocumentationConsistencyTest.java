package vn.ocop.local.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and the docs name classes, tests and settings; this keeps those names true: every class
 * or test named in inline code exists in the tree, and every {@code ${OCOP_…}} placeholder of the
 * configuration is documented somewhere a reader would look.
 */
class DocumentationConsistencyTest {

    private static final Path REPO = Path.of("../..").toAbsolutePath().normalize();
    private static final Pattern FENCE = Pattern.compile("(?s)```.*?```");
    private static final Pattern INLINE_CODE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Pattern CAMEL_CASE = Pattern.compile("[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+");
    private static final Pattern FOREIGN =
            Pattern.compile("\\b(java|javax|jakarta|jdk|sun|org|com|io|tools|net|de)\\.");
    private static final Pattern DECLARATION =
            Pattern.compile("\\b(?:class|record|interface|enum)\\s+([A-Z][A-Za-z0-9]*)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(OCOP_[A-Z0-9_]+)");
    /** Product, library and event names written in code font that are not classes of this tree. */
    private static final Set<String> NOT_CLASSES = Set.of(
            "AsyncAPI",
            "CloudEvents",
            "GreenMail",
            "GridFS",
            "MiB",
            "MongoDB",
            "OpenAPI",
            "SpeedSMS",
            "DskipTests",
            "ProducerPerformance",
            "ConsumerPerformance",
            "JavaScript",
            "KRaft",
            "JUnit",
            "ArchUnit",
            "StorageTool",
            "StandardAuthorizer",
            "PlainLoginModule",
            "ScramLoginModule",
            "TopicAuthorizationException",
            "ErrorReportValve",
            "BearerTokenResolver",
            "EventSource",
            "DynamicPropertySource",
            "LocalServerPort",
            "OptimisticLockingFailureException",
            "PreAuthorize",
            "SpringBootTest",
            "AdminClient",
            "KafkaConsumer",
            "NoClassDefFoundError",
            "ServerSocket",
            "ReportOverdue",
            "OcopDeadLetters",
            "OcopForgedEvents",
            "BodyRecord",
            "EmbeddedKafkaKraftBroker",
            "KafkaProperties",
            "NotBlank",
            "NotNull",
            "SaslAuthenticationException",
            "TimeoutException",
            "EmbeddedFile",
            "EmbeddedFiles",
            "FileAttachment",
            "OpenAction",
            "RichMedia");

    @Test
    void everyClassAndTestNamedInTheReadmeAndDocsExists() throws IOException {
        Set<String> classes = javaClassNames();
        Set<String> missing = new TreeSet<>();
        for (Path doc : docs()) {
            if (doc.getFileName().toString().startsWith("benchmarks")) {
                continue; // profiles name the JDK's and libraries' frames
            }
            String text = FENCE.matcher(Files.readString(doc)).replaceAll("");
            Matcher code = INLINE_CODE.matcher(text);
            while (code.find()) {
                if (code.group(1).startsWith("-")
                        || FOREIGN.matcher(code.group(1)).find()) {
                    continue; // command-line flags (-XX:+UseSerialGC) and library classes (org.apache…)
                }
                Matcher name = IDENTIFIER.matcher(code.group(1));
                while (name.find()) {
                    String n = name.group();
                    char before = name.start() == 0 ? ' ' : code.group(1).charAt(name.start() - 1);
                    char after = name.end() == code.group(1).length()
                            ? ' '
                            : code.group(1).charAt(name.end());
                    if (before == '…' || before == '*' || before == '+' || before == ':' || after == '*') {
                        continue; // a fragment of a longer name (…InVietnamese, *ContainersTest) or a flag
                    }
                    if (CAMEL_CASE.matcher(n).matches() && !classes.contains(n) && !NOT_CLASSES.contains(n)) {
                        missing.add(REPO.relativize(doc) + ": " + n);
                    }
                }
            }
        }
        assertThat(missing)
                .as("names in code font that are no class or test of the tree")
                .isEmpty();
    }

    @Test
    void everyEnvironmentPlaceholderOfTheConfigurationIsDocumented() throws IOException {
        StringBuilder documentation = new StringBuilder();
        for (Path doc : docs()) {
            documentation.append(Files.readString(doc));
        }
        Set<String> undocumented = new TreeSet<>();
        for (Path config : configurationFiles()) {
            Matcher m = PLACEHOLDER.matcher(Files.readString(config));
            while (m.find()) {
                if (documentation.indexOf(m.group(1)) < 0) {
                    undocumented.add(m.group(1) + " (" + REPO.relativize(config) + ")");
                }
            }
        }
        assertThat(undocumented)
                .as("placeholders no page of README.md or docs/ mentions")
                .isEmpty();
    }

    @Test
    void theChecksCanFail() {
        assertThat(CAMEL_CASE.matcher("ContractValidatorTest").matches()).isTrue();
        assertThat(CAMEL_CASE.matcher("funnelCountsEachDossierOnce").matches()).isFalse();
        assertThat(PLACEHOLDER.matcher("port: ${OCOP_SOME_PORT:8080}").find()).isTrue();
    }

    /** Every type declared in the tree's sources, nested ones included (a refusal family's members). */
    private static Set<String> javaClassNames() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(REPO)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".java") && !excluded(p))
                    .toList()) {
                names.add(p.getFileName().toString().replace(".java", ""));
                Matcher declared = DECLARATION.matcher(Files.readString(p));
                while (declared.find()) {
                    names.add(declared.group(1));
                }
            }
        }
        return names;
    }

    private static Iterable<Path> docs() throws IOException {
        try (Stream<Path> files = Files.walk(REPO.resolve("docs"))) {
            return Stream.concat(
                            Stream.of(REPO.resolve("README.md")),
                            files.filter(p -> p.toString().endsWith(".md")).toList().stream())
                    .toList();
        }
    }

    private static Iterable<Path> configurationFiles() throws IOException {
        try (Stream<Path> files = Files.walk(REPO)) {
            return files.filter(p -> !excluded(p))
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return n.endsWith(".yml")
                                || n.endsWith(".yaml")
                                || n.endsWith(".properties")
                                || n.endsWith(".env");
                    })
                    .toList();
        }
    }

    private static boolean excluded(Path p) {
        String s = REPO.relativize(p).toString();
        return s.contains("/target/")
                || s.startsWith("target/")
                || s.startsWith(".git/")
                || s.startsWith("data/")
                || s.contains("/node_modules/");
    }

    static {
        if (!Files.isRegularFile(REPO.resolve("README.md"))) {
            throw new UncheckedIOException(new IOException("no README.md at " + REPO));
        }
    }
}
