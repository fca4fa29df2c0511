package vn.ocop.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Reads the contract files from the classpath, whether they sit in a directory or inside this module's jar. */
final class ContractResources {

    static final String ROOT = "contracts/";
    static final String SCHEMAS = ROOT + "schemas/";
    static final String EXAMPLES = ROOT + "examples/";
    static final String ASYNCAPI = ROOT + "asyncapi.yaml";

    private ContractResources() {}

    static String read(String resource) {
        try (InputStream in = classLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Contract resource not on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read contract resource " + resource, e);
        }
    }

    /** File names directly inside a classpath folder under {@code contracts/}, such as {@code contracts/schemas/}. */
    static Set<String> list(String folder) {
        // Located through a file rather than the folder: jars built without directory entries have no URL for it.
        URL anchor = classLoader().getResource(ASYNCAPI);
        if (anchor == null) {
            throw new IllegalStateException("Contract resource not on the classpath: " + ASYNCAPI);
        }
        try {
            return switch (anchor.getProtocol()) {
                case "file" ->
                    listDirectory(Path.of(anchor.toURI()).getParent().resolve(folder.substring(ROOT.length())));
                case "jar" -> listJarFolder(anchor, folder);
                default -> throw new IllegalStateException("Cannot list contract folder next to " + anchor);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list contract folder " + folder + " next to " + anchor, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot list contract folder next to " + anchor, e);
        }
    }

    private static Set<String> listDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Contract folder not found: " + dir);
        }
        try (Stream<Path> files = Files.list(dir)) {
            Set<String> names = new TreeSet<>();
            files.filter(Files::isRegularFile)
                    .forEach(f -> names.add(f.getFileName().toString()));
            return Collections.unmodifiableSet(names);
        }
    }

    private static Set<String> listJarFolder(URL url, String folder) throws IOException {
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jarConnection)) {
            throw new IllegalStateException("Cannot list contract folder at " + url);
        }
        // Not cached: a cached JarFile is shared JVM-wide and must not be closed by us.
        jarConnection.setUseCaches(false);
        Set<String> names = new TreeSet<>();
        try (var jar = jarConnection.getJarFile()) {
            jar.stream()
                    .map(entry -> entry.getName())
                    .filter(name -> name.startsWith(folder) && name.length() > folder.length())
                    .map(name -> name.substring(folder.length()))
                    .filter(name -> !name.contains("/"))
                    .forEach(names::add);
        }
        return Collections.unmodifiableSet(names);
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ContractResources.class.getClassLoader();
    }
}
