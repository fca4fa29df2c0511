package vn.ocop.reporting.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One table of an export, laid out once and drawn by both the workbook and the PDF. Cell values keep their
 * type (Number, LocalDate, LocalDateTime in the province's zone, String, or null for empty) so that each format
 * can write numbers as numbers and dates as dates.
 */
record ReportSection(
        String sheetName, String heading, List<Column> columns, List<List<Object>> rows, List<Object> totalRow) {

    /** {@code width} is in characters for the workbook and a relative weight for the PDF. */
    record Column(String header, int width) {}

    ReportSection {
        columns = List.copyOf(columns);
        rows = Collections.unmodifiableList(new ArrayList<>(rows));
        for (List<Object> row : rows) {
            requireWidth(row, columns.size());
        }
        if (totalRow != null) {
            requireWidth(totalRow, columns.size());
            totalRow = Collections.unmodifiableList(new ArrayList<>(totalRow));
        }
    }

    boolean hasTotalRow() {
        return totalRow != null;
    }

    private static void requireWidth(List<Object> row, int width) {
        if (row.size() != width) {
            throw new IllegalArgumentException("row has " + row.size() + " cells, table has " + width + " columns");
        }
    }
}
