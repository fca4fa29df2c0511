package vn.ocop.local.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checked-in expected outcomes, one row per (service, method, path, caller):
 * {@code service,method,path,caller,expected,note}. A row whose note starts with {@code KNOWN HOLE}
 * holds the outcome the rules demand, not the one the platform gives today, so the test fails until
 * the hole is fixed.
 */
final class MatrixTable {

    static final String HEADER = "service,method,path,caller,expected,note";

    record Row(String service, String method, String path, String caller, String expected, String note) {
        String key() {
            return key(service, method, path, caller);
        }

        static String key(String service, String method, String path, String caller) {
            return service + " " + method + " " + path + " " + caller;
        }
    }

    private MatrixTable() {}

    static Map<String, Row> read(InputStream in) {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (in) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) {
                    continue;
                }
                String[] f = lines[i].split(",", 6);
                Row row = new Row(f[0], f[1], f[2], f[3], f[4], f.length > 5 ? f[5] : "");
                rows.put(row.key(), row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static void write(Path file, List<Row> rows, List<String> callerOrder) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Row::service)
                .thenComparing(Row::path)
                .thenComparing(Row::method)
                .thenComparing(r -> callerOrder.indexOf(r.caller())));
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        sorted.forEach(
                r -> out.append(String.join(",", r.service(), r.method(), r.path(), r.caller(), r.expected(), r.note()))
                        .append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outcome class of a status; a 2xx whose body shows another district's data is {@code 2xx-leak}. */
    static String outcome(int status, boolean leaks) {
        if (status >= 200 && status < 300) {
            return leaks ? "2xx-leak" : "2xx";
        }
        return switch (status) {
            case 400, 401, 403, 404, 409, 412, 422, 428 -> String.valueOf(status);
            default -> "other-" + status;
        };
    }
}
