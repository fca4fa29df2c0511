package vn.ocop.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of one scenario: what clients were told was accepted, what was observed afterwards (topics, views,
 * evaluations, delivery logs), and the differences. {@code lost} and {@code duplicated} count effects (after
 * de-duplication by ce_id); {@code rawDuplicates} counts extra copies of a record on a topic, which the
 * at-least-once relay allows and consumers absorb.
 */
public record Report(
        String scenario,
        long acknowledged,
        long observed,
        long lost,
        long duplicated,
        long rawDuplicates,
        long serverErrors,
        Duration convergence,
        String note) {

    public boolean clean() {
        return lost == 0 && duplicated == 0;
    }

    static final String HEADER = String.format(
            "| %-44s | %6s | %8s | %4s | %10s | %8s | %5s | %11s | %s |",
            "scenario", "acked", "observed", "lost", "duplicated", "raw dups", "5xx", "converge", "note");
    static final String RULE = HEADER.replaceAll("[^|]", "-");

    public String row() {
        return String.format(
                "| %-44s | %6d | %8d | %4d | %10d | %8d | %5d | %11s | %s |",
                scenario,
                acknowledged,
                observed,
                lost,
                duplicated,
                rawDuplicates,
                serverErrors,
                seconds(convergence),
                note);
    }

    public static String table(List<Report> reports) {
        StringBuilder out = new StringBuilder(HEADER).append('\n').append(RULE).append('\n');
        reports.forEach(r -> out.append(r.row()).append('\n'));
        return out.toString();
    }

    /** Prints the row and appends it to {@code <report-dir>/last-run.md} so docs/reliability.md can quote it. */
    public Report print() {
        System.out.println(HEADER + "\n" + RULE + "\n" + row());
        String dir = System.getProperty("ocop.reliability.report-dir");
        if (dir != null) {
            try {
                Path file = Path.of(dir, "last-run.md");
                Files.createDirectories(file.getParent());
                if (!Files.exists(file)) {
                    Files.writeString(
                            file,
                            "Run of " + Instant.now() + "\n\n" + HEADER + "\n" + RULE + "\n",
                            StandardCharsets.UTF_8);
                }
                Files.writeString(file, row() + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            } catch (IOException e) {
                System.err.println("Cannot write the report file: " + e);
            }
        }
        return this;
    }

    private static String seconds(Duration duration) {
        return duration == null ? "-" : String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}
