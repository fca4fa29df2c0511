package vn.ocop.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A child JVM whose output goes to one log file. Stopping is SIGTERM first (the child's shutdown hooks
 * run), SIGKILL only after the grace period; killing is SIGKILL at once, for crash tests.
 */
final class ChildProcess {

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path logFile;
    private Process process;

    ChildProcess(String name, List<String> command, Map<String, String> environment, Path logFile) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.logFile = logFile;
    }

    /** The java binary of the running JVM, so children use the same Java as the launcher. */
    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * JVM flags for the services. Small-machine defaults (small heap, serial GC, C1 only, for a fast start on two
     * cores); OCOP_SERVICE_JVM_FLAGS replaces the tuning part
     * (heap, GC, JIT) for throughput runs, e.g. "-Xmx384m -XX:+UseSerialGC".
     */
    static List<String> smallJvmFlags(String heap) {
        List<String> flags = new java.util.ArrayList<>();
        String override = System.getenv("OCOP_SERVICE_JVM_FLAGS");
        if (override != null && !override.isBlank()) {
            flags.addAll(List.of(override.trim().split("\\s+")));
        } else {
            flags.addAll(List.of("-Xmx" + heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k"));
        }
        flags.add("-Dfile.encoding=UTF-8");
        flags.add("-Duser.timezone=Asia/Ho_Chi_Minh");
        return flags;
    }

    static List<String> parentWatchFlag(Path agentJar) {
        return List.of("-javaagent:" + agentJar + "=" + ProcessHandle.current().pid());
    }

    synchronized void start() {
        if (isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            // glibc gives a JVM's many threads up to 8 malloc arenas per core, each holding freed memory resident;
            // two are plenty for these processes (the usual setting for JVMs in small containers)
            builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
            builder.environment().putAll(environment);
            process = builder.start();
            // the child never reads stdin; closing it keeps a terminal's input away from it
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new LaunchException("Cannot start " + name + " (" + command.get(0) + "): " + e.getMessage(), 1, e);
        }
    }

    /** Runs to completion, for one-shot tools such as the storage formatter; returns the exit code. */
    int runToCompletion(Duration timeout) {
        start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
                throw new LaunchException(
                        name + " did not finish within " + timeout.toSeconds() + " s. Last lines of " + logFile + ":\n"
                                + LogTail.of(logFile),
                        1);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            throw new LaunchException(name + " was interrupted", 1, e);
        }
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    /**
     * Pauses up to {@code pause} but returns early if the child dies; a polling loop built on this
     * notices a crash at once instead of at its deadline.
     */
    void pauseWhileAlive(Duration pause) {
        Process current;
        synchronized (this) {
            current = process;
        }
        if (current == null) {
            return;
        }
        try {
            current.onExit().get(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
            // the normal case: the pause elapsed with the child alive
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asks the child to stop (SIGTERM) without waiting; see {@link #awaitExit}. */
    synchronized void requestStop() {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }

    /** Waits until the deadline for a requested stop, then kills what is left. */
    void awaitExit(Instant deadline) {
        Process current;
        synchronized (this) {
            current = process;
        }
        if (current == null) {
            return;
        }
        List<ProcessHandle> family = new ArrayList<>(current.descendants().toList());
        try {
            Duration left = Duration.between(Instant.now(), deadline);
            if (!current.waitFor(Math.max(0, left.toMillis()), TimeUnit.MILLISECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
        family.forEach(ProcessHandle::destroyForcibly);
    }

    void stop(Duration grace) {
        requestStop();
        awaitExit(Instant.now().plus(grace));
    }

    /** kill -9: no shutdown hooks, no flush; what a power cut or OOM killer does. */
    void kill() {
        Process current;
        synchronized (this) {
            current = process;
        }
        if (current == null) {
            return;
        }
        current.descendants().forEach(ProcessHandle::destroyForcibly);
        current.destroyForcibly();
        try {
            current.onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(name + " (pid " + current.pid() + ") survived SIGKILL", e);
        }
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }
}
