package vn.ocop.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/** The last lines of a child's log, quoted in start-up errors so a person sees why without opening it. */
final class LogTail {

    static final int LINES = 40;

    private LogTail() {}

    static String of(Path logFile) {
        if (!Files.exists(logFile)) {
            return "    (no log written)";
        }
        Deque<String> last = new ArrayDeque<>(LINES);
        // a child killed mid-line can leave bytes that are not UTF-8: show them replaced rather than fail
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Files.newInputStream(logFile),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)))) {
            reader.lines().forEach(line -> {
                if (last.size() == LINES) {
                    last.removeFirst();
                }
                last.addLast(line);
            });
        } catch (IOException | UncheckedIOException e) {
            return "    (cannot read " + logFile + ": " + e.getMessage() + ")";
        }
        StringBuilder tail = new StringBuilder();
        last.forEach(line -> tail.append("    ").append(line).append('\n'));
        return tail.toString();
    }
}
