package vn.ocop.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.ocop.local.ParentWatchAgentJar;

/** A tool run in a JVM of its own on the runner's class path: its output lines, or a failure with them. */
final class ChildJvm {

    private static Path parentWatchAgent;

    private ChildJvm() {}

    /** The launcher's parent-watch agent, so that a tool still running when the runner dies exits with it. */
    private static synchronized Path parentWatchAgent() throws IOException {
        if (parentWatchAgent == null) {
            parentWatchAgent = ParentWatchAgentJar.writeTo(Files.createTempDirectory("bench-agent"));
        }
        return parentWatchAgent;
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static List<String> run(
            String java, List<String> jvmFlags, String mainClass, List<String> args, long timeoutMinutes) {
        Progress.say("  %s %s", mainClass.substring(mainClass.lastIndexOf('.') + 1), String.join(" ", args));
        try {
            List<String> command = new ArrayList<>();
            command.add(java);
            command.addAll(jvmFlags);
            command.add("-javaagent:" + parentWatchAgent() + "="
                    + ProcessHandle.current().pid());
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
            command.addAll(args);
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            List<String> lines = new ArrayList<>();
            try (var reader = p.inputReader(StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lines.add(line);
                }
            }
            if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new BenchFailure(mainClass + " failed: " + String.join("\n", lines));
            }
            return lines;
        } catch (IOException e) {
            throw new BenchFailure("cannot run " + mainClass + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted", e);
        }
    }
}
