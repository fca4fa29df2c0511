package vn.ocop.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Writes the one-class agent jar next to the data it guards, so children need nothing from local.jar. */
public final class ParentWatchAgentJar {

    private ParentWatchAgentJar() {}

    /** Writes the jar into {@code directory}; a child started with {@code -javaagent:<jar>=<pid>} exits with pid. */
    public static Path writeTo(Path directory) {
        Path jar = directory.resolve("parent-watch-agent.jar");
        String entryName = ParentWatchAgent.class.getName().replace('.', '/') + ".class";
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Premain-Class"), ParentWatchAgent.class.getName());
        try (InputStream classBytes = ParentWatchAgent.class.getClassLoader().getResourceAsStream(entryName)) {
            if (classBytes == null) {
                throw new IllegalStateException("Cannot read " + entryName + " from the launcher's classpath");
            }
            Files.createDirectories(directory);
            try (OutputStream file = Files.newOutputStream(jar);
                    JarOutputStream out = new JarOutputStream(file, manifest)) {
                out.putNextEntry(new JarEntry(entryName));
                classBytes.transferTo(out);
                out.closeEntry();
            }
            return jar;
        } catch (IOException e) {
            throw new LaunchException("Cannot write " + jar + ": " + e.getMessage(), 1, e);
        }
    }
}
