package vn.ocop.evaluation.criteria.catalog;

import static vn.ocop.evaluation.criteria.SheetProblem.Kind.MALFORMED;
import static vn.ocop.evaluation.criteria.SheetProblem.Kind.MISSING_FIELD;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.ocop.evaluation.criteria.AnswerOption;
import vn.ocop.evaluation.criteria.CriteriaSheet;
import vn.ocop.evaluation.criteria.Criterion;
import vn.ocop.evaluation.criteria.LocalizedText;
import vn.ocop.evaluation.criteria.Part;
import vn.ocop.evaluation.criteria.PartCode;
import vn.ocop.evaluation.criteria.SheetProblem;

/**
 * Turns a parsed document into a sheet, noting every required field that is absent. Absent fields
 * get a neutral placeholder so that mapping can go on and the validator can report the rest too.
 */
final class SheetMapping {

    private final List<SheetProblem> problems = new ArrayList<>();

    List<SheetProblem> problems() {
        return problems;
    }

    CriteriaSheet toSheet(SheetDocument doc) {
        List<Part> parts = new ArrayList<>();
        List<SheetDocument.PartDoc> partDocs = listOrMissing(doc.parts(), "parts");
        for (int i = 0; i < partDocs.size(); i++) {
            toPart(partDocs.get(i), "parts[" + i + "]").ifPresent(parts::add);
        }
        return new CriteriaSheet(
                required(doc.id(), "id", ""),
                required(doc.version(), "version", 0),
                required(doc.legalBasis(), "legalBasis", ""),
                text(doc.title(), "title"),
                Boolean.TRUE.equals(doc.sample()),
                listOrMissing(doc.productGroups(), "productGroups"),
                parts);
    }

    private Optional<Part> toPart(SheetDocument.PartDoc doc, String index) {
        if (doc == null) {
            missing(index);
            return Optional.empty();
        }
        String rawCode = required(doc.code(), index + "/code", null);
        PartCode code = null;
        if (rawCode != null) {
            try {
                code = PartCode.valueOf(rawCode.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(SheetProblem.of(
                        MALFORMED,
                        index + "/code",
                        "Mã phần phải là A, B hoặc C, đang là '" + rawCode + "'",
                        "A part code is A, B or C, was '" + rawCode + "'"));
            }
        }
        String where = code == null ? index : code.name();
        List<Criterion> criteria = new ArrayList<>();
        List<SheetDocument.CriterionDoc> criterionDocs = listOrMissing(doc.criteria(), where + "/criteria");
        for (int i = 0; i < criterionDocs.size(); i++) {
            SheetDocument.CriterionDoc c = criterionDocs.get(i);
            if (c == null) {
                missing(where + "/criteria[" + i + "]");
            } else {
                criteria.add(toCriterion(c, where + "/" + (c.code() == null ? "criteria[" + i + "]" : c.code())));
            }
        }
        Part part = new Part(
                code == null ? PartCode.A : code,
                text(doc.title(), where + "/title"),
                required(doc.maxPoints(), where + "/maxPoints", BigDecimal.ZERO),
                criteria);
        return code == null ? Optional.empty() : Optional.of(part);
    }

    private Criterion toCriterion(SheetDocument.CriterionDoc doc, String where) {
        List<AnswerOption> options = new ArrayList<>();
        List<SheetDocument.OptionDoc> optionDocs = listOrMissing(doc.options(), where + "/options");
        for (int i = 0; i < optionDocs.size(); i++) {
            SheetDocument.OptionDoc o = optionDocs.get(i);
            if (o == null) {
                missing(where + "/options[" + i + "]");
                continue;
            }
            String optionWhere = where + "/" + (o.code() == null ? "options[" + i + "]" : o.code());
            options.add(new AnswerOption(
                    required(o.code(), optionWhere + "/code", ""),
                    text(o.text(), optionWhere + "/text"),
                    required(o.points(), optionWhere + "/points", BigDecimal.ZERO),
                    Boolean.TRUE.equals(o.failsMandatory())));
        }
        return new Criterion(
                required(doc.code(), where + "/code", ""),
                doc.topic() == null || doc.topic().vi() == null
                        ? null
                        : LocalizedText.of(doc.topic().vi(), doc.topic().en()),
                text(doc.text(), where + "/text"),
                options,
                Boolean.TRUE.equals(doc.mandatory()),
                doc.guardsStars());
    }

    private LocalizedText text(SheetDocument.Text text, String where) {
        if (text == null || text.vi() == null) {
            missing(where + (text == null ? "" : "/vi"));
            return LocalizedText.of("", null);
        }
        return LocalizedText.of(text.vi(), text.en());
    }

    private <T> List<T> listOrMissing(List<T> list, String where) {
        if (list == null) {
            missing(where);
            return List.of();
        }
        return list;
    }

    private <T> T required(T value, String where, T placeholder) {
        if (value == null) {
            missing(where);
            return placeholder;
        }
        return value;
    }

    private void missing(String where) {
        problems.add(SheetProblem.of(MISSING_FIELD, where, "Thiếu trường bắt buộc", "Required field is missing"));
    }
}
