package vn.ocop.evaluation.criteria.catalog;

import static vn.ocop.evaluation.criteria.SheetProblem.Kind.MALFORMED;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import vn.ocop.evaluation.criteria.CriteriaCatalog;
import vn.ocop.evaluation.criteria.CriteriaSheet;
import vn.ocop.evaluation.criteria.SheetProblem;
import vn.ocop.evaluation.criteria.SheetRejected;
import vn.ocop.evaluation.criteria.SheetValidator;

/**
 * Reads one criteria sheet from JSON (a classpath file or an upload) and refuses it, with every
 * problem found, unless it is well formed and passes validation.
 */
public final class CriteriaSheetReader {

    private final Function<CriteriaSheet, List<SheetProblem>> validation;

    private CriteriaSheetReader(Function<CriteriaSheet, List<SheetProblem>> validation) {
        this.validation = validation;
    }

    /** Checks the sheet on its own (parts, points, codes, mandatory flags). */
    public static CriteriaSheetReader validatingWith(SheetValidator validator) {
        return new CriteriaSheetReader(validator::problemsOf);
    }

    /** Also checks the sheet against the catalog it would join (known product groups, no clash with other sheets). */
    public static CriteriaSheetReader validatingAgainst(CriteriaCatalog catalog) {
        return new CriteriaSheetReader(catalog::problemsOf);
    }

    /**
     * @param source how to name the input in errors (file name or upload name)
     * @throws SheetRejected when the JSON is malformed, misses fields or fails validation
     */
    public CriteriaSheet read(InputStream json, String source) {
        SheetDocument document;
        try {
            document = CatalogJson.MAPPER.readValue(json, SheetDocument.class);
        } catch (JacksonException e) {
            String where = describePath(e);
            throw new SheetRejected(
                    source,
                    List.of(SheetProblem.of(
                            MALFORMED,
                            where,
                            "Tệp JSON không hợp lệ: " + e.getOriginalMessage(),
                            "The JSON is not valid: " + e.getOriginalMessage())));
        }
        if (document == null) {
            throw new SheetRejected(source, List.of(SheetProblem.of(MALFORMED, "$", "Tệp rỗng", "The file is empty")));
        }
        SheetMapping mapping = new SheetMapping();
        CriteriaSheet sheet = mapping.toSheet(document);
        List<SheetProblem> problems = new ArrayList<>(mapping.problems());
        problems.addAll(validation.apply(sheet));
        if (!problems.isEmpty()) {
            throw new SheetRejected(source, problems);
        }
        return sheet;
    }

    private static String describePath(JacksonException e) {
        StringBuilder path = new StringBuilder("$");
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append('.').append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
