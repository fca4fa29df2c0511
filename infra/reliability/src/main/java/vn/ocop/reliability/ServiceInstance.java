package vn.ocop.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * One service JVM the harness starts itself (beside those of {@code EmbeddedPlatform}) when a scenario needs an
 * environment of its own: a second instance in the same consumer group or MongoDB through the {@link TcpProxy} (the
 * outbox crash hook needs infra/fault-hooks on the loader path: the platform's services have it). Same jar and the
 * same environment names as the launcher uses.
 */
public final class ServiceInstance implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final Map<String, String> environment;
    private final Path logFile;
    private final int port;
    private final int managementPort;
    private final List<String> arguments = new ArrayList<>();
    private Process process;

    ServiceInstance(
            String name, Path jar, Map<String, String> environment, Path logFile, int port, int managementPort) {
        this.name = name;
        this.jar = jar;
        this.environment = new LinkedHashMap<>(environment);
        this.logFile = logFile;
        this.port = port;
        this.managementPort = managementPort;
        Runtime.getRuntime().addShutdownHook(new Thread(this::killQuietly));
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public Path logFile() {
        return logFile;
    }

    /** Sets (or with {@code null} removes) a variable for the next start. */
    public ServiceInstance environment(String variable, String value) {
        if (value == null) {
            environment.remove(variable);
        } else {
            environment.put(variable, value);
        }
        return this;
    }

    /** Program arguments for the next start (e.g. reporting-service's {@code --ocop.rebuild=true}). */
    public ServiceInstance arguments(String... args) {
        arguments.clear();
        arguments.addAll(List.of(args));
        return this;
    }

    /** Runs the jar as a one-shot command and returns its exit code (the process is killed after the timeout). */
    public int runToCompletion(Duration timeout) {
        start();
        Process current = current();
        if (!waitFor(current, timeout)) {
            kill();
            throw new IllegalStateException(name + " did not finish within " + timeout + ", see " + logFile);
        }
        return current.exitValue();
    }

    public synchronized void start() {
        if (isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Xss512k",
                "-Dfile.encoding=UTF-8",
                "-Duser.timezone=Asia/Ho_Chi_Minh",
                "-jar",
                jar.toString()));
        command.addAll(arguments);
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + name, e);
        }
    }

    /** Starts and waits until the readiness probe says UP (or the process dies, which fails at once). */
    public void startAndAwaitReady(Duration timeout) {
        start();
        awaitReady(timeout);
    }

    public void awaitReady(Duration timeout) {
        Awaitility.await(name + " ready")
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(500))
                .failFast(name + " exited during start-up, see " + logFile, () -> !isAlive())
                .until(this::ready);
    }

    public boolean ready() {
        try {
            HttpResponse<String> r = HTTP.send(
                    HttpRequest.newBuilder(URI.create(managementUrl() + "/actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    public synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    /** The exit code once the process has ended (e.g. 137 from the outbox crash hook). */
    public synchronized Integer exitCode() {
        return process == null || process.isAlive() ? null : process.exitValue();
    }

    /** kill -9. */
    public void kill() {
        Process current = current();
        if (current != null) {
            current.destroyForcibly();
            waitFor(current, Duration.ofSeconds(30));
        }
    }

    /** SIGTERM; returns how long the process took to exit, or null if it had to be killed after the grace. */
    public Duration terminate(Duration grace) {
        Process current = current();
        if (current == null || !current.isAlive()) {
            return Duration.ZERO;
        }
        long started = System.nanoTime();
        current.destroy();
        if (waitFor(current, grace)) {
            return Duration.ofNanos(System.nanoTime() - started);
        }
        current.destroyForcibly();
        waitFor(current, Duration.ofSeconds(30));
        return null;
    }

    @Override
    public void close() {
        terminate(Duration.ofSeconds(30));
    }

    private synchronized Process current() {
        return process;
    }

    private void killQuietly() {
        Process current = current();
        if (current != null && current.isAlive()) {
            current.destroyForcibly();
        }
    }

    private static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
