package vn.ocop.evaluation.criteria;

import java.util.Objects;

/**
 * One reason a criteria sheet is refused.
 *
 * @param where a path into the sheet: {@code "A"}, {@code "A/A1.2"}, {@code "A/A1.2/b"} or a field name
 */
public record SheetProblem(Kind kind, String where, LocalizedText message) {

    public enum Kind {
        MALFORMED,
        MISSING_FIELD,
        UNKNOWN_LEGAL_BASIS,
        INVALID_VERSION,
        NO_PRODUCT_GROUPS,
        UNKNOWN_PRODUCT_GROUP,
        BLANK_TEXT,
        PART_MISSING,
        PART_DUPLICATED,
        PART_MAXIMUM_MISMATCH,
        PART_POINTS_DO_NOT_ADD_UP,
        DUPLICATE_CRITERION_CODE,
        DUPLICATE_OPTION_CODE,
        NO_OPTIONS,
        NEGATIVE_POINTS,
        MANDATORY_WITHOUT_GUARD,
        GUARD_ON_OPTIONAL_CRITERION,
        MANDATORY_CANNOT_FAIL,
        MANDATORY_CANNOT_PASS,
        DUPLICATE_SHEET_VERSION,
        CONFLICTING_SHEET
    }

    public SheetProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    public static SheetProblem of(Kind kind, String where, String vi, String en) {
        return new SheetProblem(kind, where, LocalizedText.of(vi, en));
    }

    @Override
    public String toString() {
        return kind + " at " + where + ": " + message.bilingual();
    }
}
