package vn.ocop.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Faster service start-up with class data sharing (AppCDS), the way Spring Boot documents it: the service jar is
 * extracted once ({@code java -Djarmode=tools -jar … extract}, so that its classes load from plain jars on the class
 * path, which CDS can archive), the first run writes a dynamic archive when the service stops
 * ({@code -XX:ArchiveClassesAtExit}), and every later run maps it ({@code -XX:SharedArchiveFile}): class loading and
 * verification, most of a Spring Boot start on two cores, are done once.
 *
 * <p>Everything lives in {@code <dir>/<module>/}, keyed by the jar's size and modification time: a rebuilt jar is
 * extracted again and trained again. A stale or unusable archive is not an error: the JVM ({@code -Xshare:auto},
 * the default) then starts without it. The first run of a new jar therefore starts as fast as before and pays a
 * few seconds at stop for the dump.
 */
final class ClassDataSharing {

    private final Path dir;

    ClassDataSharing(Path dir) {
        this.dir = dir;
    }

    /**
     * Extracts {@code jar} for CDS unless that was done for this very jar; false when it cannot be (the service then
     * runs from its jar). Safe to call from several threads for different services.
     */
    boolean prepare(OcopService service, Path jar) {
        Path home = dir.resolve(service.moduleName());
        Path stampFile = home.resolve("jar.stamp");
        String stamp = stamp(jar);
        try {
            if (Files.isRegularFile(runnable(service, jar)) && stamp.equals(readStamp(stampFile))) {
                return true;
            }
            deleteTree(home);
            Files.createDirectories(home);
            extract(service, jar, home.resolve("app"), home.resolve("extract.log"));
            Files.writeString(stampFile, stamp);
            return true;
        } catch (IOException | LaunchException e) {
            return false;
        }
    }

    /** True when {@code jar} was extracted and its archive written: a start now maps the archive. */
    boolean trained(OcopService service, Path jar) {
        Path home = dir.resolve(service.moduleName());
        try {
            return Files.isRegularFile(home.resolve(service.moduleName() + ".jsa"))
                    && stamp(jar).equals(readStamp(home.resolve("jar.stamp")));
        } catch (IOException e) {
            return false;
        }
    }

    /** The command-line part that runs {@code jar}: CDS flags and the extracted jar, or the jar as it is. */
    List<String> launch(OcopService service, Path jar) {
        if (!prepare(service, jar)) {
            return List.of("-jar", jar.toAbsolutePath().toString());
        }
        Path archive = dir.resolve(service.moduleName()).resolve(service.moduleName() + ".jsa");
        List<String> flags = new ArrayList<>();
        if (Files.isRegularFile(archive)) {
            flags.add("-XX:SharedArchiveFile=" + archive.toAbsolutePath());
        } else {
            // the launcher's parent-watch agent only starts a thread (it transforms no class), so archiving
            // with it attached records the classes as they are
            flags.addAll(List.of(
                    "-XX:ArchiveClassesAtExit=" + archive.toAbsolutePath(),
                    "-XX:+UnlockDiagnosticVMOptions",
                    "-XX:+AllowArchivingWithJavaAgent"));
        }
        flags.addAll(List.of(
                "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off",
                "-jar",
                runnable(service, jar).toAbsolutePath().toString()));
        return flags;
    }

    private Path runnable(OcopService service, Path jar) {
        return dir.resolve(service.moduleName()).resolve("app").resolve(jar.getFileName());
    }

    private static void extract(OcopService service, Path jar, Path destination, Path log) {
        ChildProcess tool = new ChildProcess(
                service.moduleName() + " extract",
                List.of(
                        ChildProcess.javaExecutable(),
                        "-Djarmode=tools",
                        "-jar",
                        jar.toAbsolutePath().toString(),
                        "extract",
                        "--destination",
                        destination.toAbsolutePath().toString()),
                java.util.Map.of(),
                log);
        int exit = tool.runToCompletion(Duration.ofMinutes(2));
        if (exit != 0) {
            throw new LaunchException("extracting " + jar + " failed with exit " + exit, 1);
        }
    }

    private static String stamp(Path jar) {
        try {
            return Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String readStamp(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readString(file).trim() : "";
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
