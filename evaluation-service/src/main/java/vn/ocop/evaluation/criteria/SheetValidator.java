package vn.ocop.evaluation.criteria;

import static vn.ocop.evaluation.criteria.SheetProblem.Kind.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses a criteria sheet that cannot be graded fairly: part maxima that differ from its legal
 * basis, parts whose best answers do not reach their maximum, ambiguous codes, criteria without
 * answers, negative points, and mandatory flags that cannot work. It reports every problem at once so
 * that whoever prepares an import can fix the file in one pass.
 */
public final class SheetValidator {

    private static final int LOWEST_GUARDABLE_STARS = 2;
    private static final int HIGHEST_STARS = 5;

    private final LegalBases legalBases;

    public SheetValidator(LegalBases legalBases) {
        this.legalBases = legalBases;
    }

    public CriteriaSheet requireValid(CriteriaSheet sheet) {
        List<SheetProblem> problems = problemsOf(sheet);
        if (!problems.isEmpty()) {
            throw new SheetRejected(sheet.reference(), problems);
        }
        return sheet;
    }

    public List<SheetProblem> problemsOf(CriteriaSheet sheet) {
        List<SheetProblem> problems = new ArrayList<>();
        if (sheet.version() < 1) {
            problems.add(SheetProblem.of(
                    INVALID_VERSION,
                    "version",
                    "Phiên bản phải từ 1 trở lên, đang là " + sheet.version(),
                    "Version must be 1 or more, was " + sheet.version()));
        }
        if (sheet.productGroups().isEmpty()) {
            problems.add(SheetProblem.of(
                    NO_PRODUCT_GROUPS,
                    "productGroups",
                    "Phiếu chưa nêu nhóm sản phẩm áp dụng",
                    "The sheet names no product group it applies to"));
        }
        requireText(sheet.title(), "title", problems);
        Optional<LegalBasis> basis = legalBases.byCode(sheet.legalBasis());
        if (basis.isEmpty()) {
            problems.add(SheetProblem.of(
                    UNKNOWN_LEGAL_BASIS,
                    "legalBasis",
                    "Căn cứ pháp lý không xác định: " + sheet.legalBasis(),
                    "Unknown legal basis: " + sheet.legalBasis()));
        }
        checkParts(sheet, basis, problems);
        checkCriterionCodesAreUnique(sheet, problems);
        for (Part part : sheet.parts()) {
            for (Criterion criterion : part.criteria()) {
                checkCriterion(part.code() + "/" + criterion.code(), criterion, problems);
            }
        }
        return List.copyOf(problems);
    }

    private void checkParts(CriteriaSheet sheet, Optional<LegalBasis> basis, List<SheetProblem> problems) {
        Map<PartCode, Integer> seen = new EnumMap<>(PartCode.class);
        for (Part part : sheet.parts()) {
            seen.merge(part.code(), 1, Integer::sum);
            String where = part.code().name();
            requireText(part.title(), where + "/title", problems);
            basis.ifPresent(b -> {
                BigDecimal expected = b.partMaximum(part.code());
                if (part.maxPoints().compareTo(expected) != 0) {
                    problems.add(SheetProblem.of(
                            PART_MAXIMUM_MISMATCH,
                            where,
                            "Phần " + where + " tối đa " + plain(part.maxPoints()) + " điểm nhưng " + b.code()
                                    + " quy định " + plain(expected),
                            "Part " + where + " has maximum " + plain(part.maxPoints()) + " but " + b.code() + " sets "
                                    + plain(expected)));
                }
            });
            BigDecimal best = part.bestPoints();
            if (best.compareTo(part.maxPoints()) != 0) {
                problems.add(SheetProblem.of(
                        PART_POINTS_DO_NOT_ADD_UP,
                        where,
                        "Tổng điểm cao nhất các tiêu chí phần " + where + " là " + plain(best) + ", khác điểm tối đa "
                                + plain(part.maxPoints()),
                        "The best answers of part " + where + " add up to " + plain(best) + ", not its maximum "
                                + plain(part.maxPoints())));
            }
        }
        for (PartCode code : PartCode.values()) {
            int count = seen.getOrDefault(code, 0);
            if (count == 0) {
                problems.add(SheetProblem.of(
                        PART_MISSING, code.name(), "Thiếu phần " + code, "Part " + code + " is missing"));
            } else if (count > 1) {
                problems.add(SheetProblem.of(
                        PART_DUPLICATED,
                        code.name(),
                        "Phần " + code + " xuất hiện " + count + " lần",
                        "Part " + code + " appears " + count + " times"));
            }
        }
    }

    private void checkCriterionCodesAreUnique(CriteriaSheet sheet, List<SheetProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (Part part : sheet.parts()) {
            for (Criterion criterion : part.criteria()) {
                if (!seen.add(criterion.code())) {
                    problems.add(SheetProblem.of(
                            DUPLICATE_CRITERION_CODE,
                            part.code() + "/" + criterion.code(),
                            "Mã tiêu chí " + criterion.code() + " bị trùng",
                            "Criterion code " + criterion.code() + " is used more than once"));
                }
            }
        }
    }

    private void checkCriterion(String where, Criterion criterion, List<SheetProblem> problems) {
        requireText(criterion.text(), where + "/text", problems);
        if (criterion.options().isEmpty()) {
            problems.add(SheetProblem.of(
                    NO_OPTIONS,
                    where,
                    "Tiêu chí " + criterion.code() + " không có phương án trả lời",
                    "Criterion " + criterion.code() + " has no answer options"));
        }
        Set<String> optionCodes = new HashSet<>();
        for (AnswerOption option : criterion.options()) {
            String optionWhere = where + "/" + option.code();
            if (!optionCodes.add(option.code())) {
                problems.add(SheetProblem.of(
                        DUPLICATE_OPTION_CODE,
                        optionWhere,
                        "Mã phương án " + option.code() + " bị trùng trong tiêu chí " + criterion.code(),
                        "Option code " + option.code() + " is used more than once in criterion " + criterion.code()));
            }
            if (option.points().signum() < 0) {
                problems.add(SheetProblem.of(
                        NEGATIVE_POINTS,
                        optionWhere,
                        "Điểm âm (" + plain(option.points()) + ")",
                        "Negative points (" + plain(option.points()) + ")"));
            }
            requireText(option.text(), optionWhere + "/text", problems);
        }
        checkMandatory(where, criterion, problems);
    }

    private void checkMandatory(String where, Criterion criterion, List<SheetProblem> problems) {
        boolean anyFailing = criterion.options().stream().anyMatch(AnswerOption::failsMandatory);
        boolean anyPassing = criterion.options().stream().anyMatch(o -> !o.failsMandatory());
        if (!criterion.mandatory()) {
            if (criterion.guardsStars() != null || anyFailing) {
                problems.add(SheetProblem.of(
                        GUARD_ON_OPTIONAL_CRITERION,
                        where,
                        "Tiêu chí không bắt buộc không được có mức sao bảo vệ hay phương án 'không đạt'",
                        "A criterion that is not mandatory cannot guard a star level or have a failing answer"));
            }
            return;
        }
        Integer guard = criterion.guardsStars();
        if (guard == null || guard < LOWEST_GUARDABLE_STARS || guard > HIGHEST_STARS) {
            problems.add(SheetProblem.of(
                    MANDATORY_WITHOUT_GUARD,
                    where,
                    "Tiêu chí bắt buộc phải nêu mức sao nó bảo vệ (2–5)",
                    "A mandatory criterion must name the star level it guards (2–5)"));
        }
        if (!criterion.options().isEmpty() && !anyFailing) {
            problems.add(SheetProblem.of(
                    MANDATORY_CANNOT_FAIL,
                    where,
                    "Tiêu chí bắt buộc cần một phương án đánh dấu 'không đạt'",
                    "A mandatory criterion needs an answer flagged as failing it"));
        }
        if (!criterion.options().isEmpty() && !anyPassing) {
            problems.add(SheetProblem.of(
                    MANDATORY_CANNOT_PASS,
                    where,
                    "Mọi phương án của tiêu chí bắt buộc đều 'không đạt'",
                    "Every answer of the mandatory criterion fails it"));
        }
    }

    private static void requireText(LocalizedText text, String where, List<SheetProblem> problems) {
        if (text == null || text.vi().isBlank()) {
            problems.add(SheetProblem.of(BLANK_TEXT, where, "Thiếu nội dung tiếng Việt", "Vietnamese text is missing"));
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
