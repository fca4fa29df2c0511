package vn.ocop.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Where and when the figures were taken: they only mean something next to this. */
record Machine(
        int cpus, String memory, String cpuModel, String javaVersion, String date, String commit, String loadAtStart) {

    static Machine describe(Path repoDir, String javaExecutable) {
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                readMemTotal(),
                readCpuModel(),
                run(List.of(javaExecutable, "-version"), repoDir)
                        .replace('\n', ' ')
                        .trim(),
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                commit(repoDir),
                firstLine(Path.of("/proc/loadavg")));
    }

    private static String commit(Path repoDir) {
        String head = run(List.of("git", "rev-parse", "HEAD"), repoDir).trim();
        String changed = run(List.of("git", "status", "--porcelain", "--untracked-files=no"), repoDir)
                .trim();
        return changed.isEmpty() ? head : head + " (with uncommitted changes)";
    }

    private static String readMemTotal() {
        String line = grep(Path.of("/proc/meminfo"), "MemTotal");
        if (line == null) {
            return "unknown";
        }
        long kb = Long.parseLong(line.replaceAll("\\D", ""));
        return String.format("%.1f GiB", kb / 1024.0 / 1024.0);
    }

    private static String readCpuModel() {
        String line = grep(Path.of("/proc/cpuinfo"), "model name");
        return line == null ? "unknown" : line.substring(line.indexOf(':') + 1).trim();
    }

    private static String grep(Path file, String prefix) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(l -> l.startsWith(prefix))
                    .findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** /proc/loadavg now: the machine is shared, so the load during the run is part of every figure. */
    static String loadNow() {
        return firstLine(Path.of("/proc/loadavg"));
    }

    private static String firstLine(Path file) {
        try {
            return Files.readAllLines(file).get(0);
        } catch (IOException | IndexOutOfBoundsException e) {
            return "unknown";
        }
    }

    static String run(List<String> command, Path dir) {
        try {
            Process p = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .start();
            byte[] out = p.getInputStream().readAllBytes();
            p.waitFor(30, TimeUnit.SECONDS);
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "unavailable (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
