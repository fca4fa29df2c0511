package vn.ocop.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** One service jar run as {@code java -jar}, configured only through environment variables. */
final class ServiceProcess {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Pattern STATUS_UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");

    private final OcopService service;
    private final int managementPort;
    private final ChildProcess process;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    ServiceProcess(
            OcopService service,
            Path jar,
            Path agentJar,
            Map<String, String> environment,
            int managementPort,
            Path logFile) {
        this(service, jar, agentJar, environment, managementPort, logFile, null);
    }

    /** @param cds class data sharing for a faster start, or null to run the jar as it is */
    ServiceProcess(
            OcopService service,
            Path jar,
            Path agentJar,
            Map<String, String> environment,
            int managementPort,
            Path logFile,
            ClassDataSharing cds) {
        this(service, jar, agentJar, environment, managementPort, logFile, cds, List.of());
    }

    /**
     * @param loaderPath jars or directories put before the jar's own classes (Spring Boot's PropertiesLauncher
     *                   {@code loader.path}), e.g. the test harness's fault hooks; empty to run the jar as built
     */
    ServiceProcess(
            OcopService service,
            Path jar,
            Path agentJar,
            Map<String, String> environment,
            int managementPort,
            Path logFile,
            ClassDataSharing cds,
            List<Path> loaderPath) {
        this.service = service;
        this.managementPort = managementPort;
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.javaExecutable());
        command.addAll(ChildProcess.smallJvmFlags("256m"));
        command.addAll(ChildProcess.parentWatchFlag(agentJar));
        if (!loaderPath.isEmpty()) {
            // the archive was dumped for the jar alone, so a changed class path runs without it
            command.addAll(List.of(
                    "-cp",
                    jar.toAbsolutePath().toString(),
                    "-Dloader.path="
                            + String.join(
                                    ",",
                                    loaderPath.stream()
                                            .map(p -> p.toAbsolutePath().toString())
                                            .toList()),
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
        } else if (cds != null) {
            command.addAll(cds.launch(service, jar));
        } else {
            command.add("-jar");
            command.add(jar.toAbsolutePath().toString());
        }
        this.process = new ChildProcess(service.moduleName(), command, environment, logFile);
    }

    /**
     * The service's jar: {@code <module>/target/<module>.jar}, or the versioned name Maven gives when
     * the module sets no finalName.
     */
    static Path locateJar(Path repoDir, OcopService service) {
        Path target = repoDir.resolve(service.moduleName()).resolve("target");
        Path exact = target.resolve(service.moduleName() + ".jar");
        if (Files.isRegularFile(exact)) {
            return exact;
        }
        if (Files.isDirectory(target)) {
            try (Stream<Path> files = Files.list(target)) {
                List<Path> versioned = files.filter(file -> file.getFileName()
                                .toString()
                                .matches(Pattern.quote(service.moduleName())
                                        + "-\\d[^/]*(?<!-sources|-tests|-javadoc)\\.jar"))
                        .toList();
                if (versioned.size() == 1) {
                    return versioned.get(0);
                }
            } catch (IOException e) {
                // reported below as a missing jar
            }
        }
        throw new LaunchException(
                "No jar for " + service.moduleName() + " at " + exact
                        + ": build it first (./mvnw -DskipTests package), or start without it (--services …).",
                1);
    }

    void start() {
        process.start();
    }

    /** Polls the readiness probe until UP; a crash or the deadline ends the wait with the log's tail. */
    void awaitReady(Instant deadline) {
        URI probe = URI.create("http://" + PortPlan.LOOPBACK + ":" + managementPort + "/actuator/health/readiness");
        HttpRequest request = HttpRequest.newBuilder(probe)
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new LaunchException(
                        service.moduleName() + " stopped during start-up. Last lines of " + process.logFile() + ":\n"
                                + LogTail.of(process.logFile()),
                        1);
            }
            if (answersUp(request)) {
                return;
            }
            process.pauseWhileAlive(POLL);
        }
        throw new LaunchException(
                service.moduleName() + " was not ready (" + probe + ") in time. Last lines of " + process.logFile()
                        + ":\n" + LogTail.of(process.logFile()),
                1);
    }

    private boolean answersUp(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200
                    && STATUS_UP.matcher(response.body()).find();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted while waiting for " + service.moduleName(), 1, e);
        }
    }

    OcopService service() {
        return service;
    }

    ChildProcess process() {
        return process;
    }
}
