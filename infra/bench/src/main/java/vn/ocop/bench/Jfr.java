package vn.ocop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The top frames of each service's flight recording (what {@code jfr print --events jdk.ExecutionSample} shows,
 * counted): where the CPU went during the run.
 */
final class Jfr {

    private Jfr() {}

    /**
     * Writes a running service's recording now ({@code jcmd <pid> JFR.dump}): a service that is killed (kill -9,
     * as the rebuild scenario does) never reaches dump-on-exit, and its recording would be lost.
     */
    static void dumpBeforeKill(Platform platform, String service, Path dir, Report report) {
        platform.pidOf(service).ifPresent(pid -> {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Path file = dir.resolve(service + "-before-kill.jfr");
            try {
                Process p = new ProcessBuilder(
                                jcmd.toString(), String.valueOf(pid), "JFR.dump", "filename=" + file.toAbsolutePath())
                        .redirectErrorStream(true)
                        .start();
                if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
                    report.note("JFR dump of " + service + " failed: "
                            + new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                                    .strip());
                }
            } catch (IOException e) {
                report.note("JFR dump of " + service + " failed: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    static void summarise(Path dir, Report report) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".jfr")).sorted().toList()) {
                summariseOne(file, report);
            }
        } catch (IOException e) {
            report.note("JFR summary failed: " + e.getMessage());
        }
    }

    private static void summariseOne(Path file, Report report) throws IOException {
        Map<String, Integer> top = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        String app = "?";
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (e.getEventType().getName().equals("jdk.JVMInformation")) {
                String args = e.getString("javaArguments");
                app = args == null ? app : args.replaceAll(".*?([a-z]+-service)\\.jar.*", "$1");
            }
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            top.merge(name(frames.get(0)), 1, Integer::sum);
            frames.stream()
                    .map(Jfr::name)
                    .filter(n -> n.startsWith("vn.ocop."))
                    .findFirst()
                    .ifPresent(n -> ours.merge(n, 1, Integer::sum));
        }
        int total = samples;
        report.note("JFR " + app + " (" + file.getFileName() + ", " + total + " samples) top frames: "
                + render(top, total) + " — first project frame: " + render(ours, total));
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static String render(Map<String, Integer> counts, int total) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(8)
                .map(e -> String.format("`%s` %.0f %%", e.getKey(), 100.0 * e.getValue() / Math.max(1, total)))
                .reduce((a, b) -> a + ", " + b)
                .orElse("none");
    }
}
