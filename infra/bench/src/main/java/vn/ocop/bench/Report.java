package vn.ocop.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The table the run prints and writes into docs/benchmarks.md between the generated-section markers. */
final class Report {

    static final String START =
            "<!-- bench:results:start (written by infra/bench/run-benchmarks.sh; edits here are lost) -->";
    static final String END = "<!-- bench:results:end -->";

    /** One figure; {@code met} is null when the figure has no target. */
    record Row(String scenario, String figure, String value, String baseline, String target, Boolean met) {}

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    synchronized void add(String scenario, String figure, String value, String baseline, String target, Boolean met) {
        Row row = new Row(scenario, figure, value, baseline, target, met);
        rows.add(row);
        Progress.say(
                "RESULT %s | %s = %s%s%s",
                scenario,
                figure,
                value,
                baseline.isEmpty() ? "" : " (baseline " + baseline + ")",
                target.isEmpty() ? "" : " target " + target + (met == null ? "" : met ? " MET" : " MISSED"));
    }

    synchronized void note(String text) {
        notes.add(text);
        Progress.say("note: %s", text);
    }

    synchronized void skip(String scenario, String why) {
        skipped.add("**" + scenario + "**: " + why);
        Progress.say("SKIPPED %s: %s", scenario, why);
    }

    synchronized void fail(String scenario, String why) {
        failures.add("**" + scenario + "**: " + why);
        Progress.say("FAILED %s: %s", scenario, why);
    }

    boolean hasFailures() {
        return !failures.isEmpty();
    }

    String markdown(Machine machine, BenchSettings settings) {
        StringBuilder md = new StringBuilder();
        md.append("### Run of ").append(machine.date()).append("\n\n");
        md.append("| machine | |\n|---|---|\n");
        md.append("| CPUs (nproc) | ").append(machine.cpus()).append(" |\n");
        md.append("| memory | ").append(machine.memory()).append(" |\n");
        md.append("| CPU model | ").append(machine.cpuModel()).append(" |\n");
        md.append("| java -version | ")
                .append(machine.javaVersion().replace("|", "/"))
                .append(" |\n");
        md.append("| git commit | ").append(machine.commit()).append(" |\n");
        md.append("| load average at start | ").append(machine.loadAtStart()).append(" |\n");
        md.append("| counts | ").append(settings.describe()).append(" |\n\n");
        md.append("| scenario | figure | value | baseline (same run) | target | met |\n|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append("| ")
                    .append(r.scenario())
                    .append(" | ")
                    .append(r.figure())
                    .append(" | ")
                    .append(r.value())
                    .append(" | ")
                    .append(r.baseline())
                    .append(" | ")
                    .append(r.target())
                    .append(" | ")
                    .append(r.met() == null ? "" : r.met() ? "yes" : "**no**")
                    .append(" |\n");
        }
        list(md, "Skipped", skipped);
        list(md, "Failed", failures);
        list(md, "Notes", notes);
        return md.toString();
    }

    private static void list(StringBuilder md, String title, List<String> items) {
        if (!items.isEmpty()) {
            md.append("\n").append(title).append(":\n\n");
            items.forEach(item -> md.append("- ").append(item).append("\n"));
        }
    }

    /** Replaces the generated section of the document (or appends one), keeping the hand-written analysis. */
    static void writeInto(Path document, String generated) throws IOException {
        String section = START + "\n\n" + generated + "\n" + END + "\n";
        String text = Files.exists(document) ? Files.readString(document, StandardCharsets.UTF_8) : "# Benchmarks\n\n";
        int start = text.indexOf(START.substring(0, 24));
        int end = text.indexOf(END);
        String updated = start >= 0 && end > start
                ? text.substring(0, start)
                        + section
                        + text.substring(end + END.length()).replaceFirst("^\n", "")
                : text + (text.endsWith("\n") ? "\n" : "\n\n") + section;
        Files.writeString(document, updated, StandardCharsets.UTF_8);
    }
}
