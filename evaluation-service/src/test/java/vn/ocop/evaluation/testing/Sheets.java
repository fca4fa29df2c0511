package vn.ocop.evaluation.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import vn.ocop.evaluation.criteria.AnswerOption;
import vn.ocop.evaluation.criteria.CriteriaCatalog;
import vn.ocop.evaluation.criteria.CriteriaSheet;
import vn.ocop.evaluation.criteria.Criterion;
import vn.ocop.evaluation.criteria.LegalBasis;
import vn.ocop.evaluation.criteria.LocalizedText;
import vn.ocop.evaluation.criteria.Part;
import vn.ocop.evaluation.criteria.PartCode;
import vn.ocop.evaluation.criteria.catalog.ClasspathCriteriaCatalog;
import vn.ocop.evaluation.grading.ScoreSheet;

/**
 * A 1048 sheet built for grading tests: any total from 0 to 100 in steps of 0.01 that the tests need
 * can be answered, and two mandatory criteria guard 3★ (C1) and 4★ (C2).
 */
public final class Sheets {

    public static final CriteriaCatalog SHIPPED = ClasspathCriteriaCatalog.load();
    public static final LegalBasis QD1048 = SHIPPED.legalBases().require("QD1048_2019");
    public static final LegalBasis QD148 = SHIPPED.legalBases().require("QD148_2023");
    public static final LegalBasis QD1489 = SHIPPED.legalBases().require("QD148_1489_2025");

    public static final String GUARDS_3 = "C1";
    public static final String GUARDS_4 = "C2";

    private static final List<String> FINE_STEPS = List.of("0", "0.01", "0.5", "0.99", "1");

    private Sheets() {}

    public static CriteriaSheet gradingSheet(String legalBasis) {
        boolean is1048 = legalBasis.equals("QD1048_2019");
        int aMax = is1048 ? 35 : 40;
        int cSteps = is1048 ? 29 : 24;
        return new CriteriaSheet(
                "TEST-GRADING",
                1,
                legalBasis,
                text("Phiếu thử nghiệm"),
                true,
                List.of("FOOD_PROCESSED"),
                List.of(
                        new Part(
                                PartCode.A,
                                text("Phần A"),
                                BigDecimal.valueOf(aMax),
                                List.of(criterion("A1", steps(0, aMax, 5)))),
                        new Part(
                                PartCode.B,
                                text("Phần B"),
                                BigDecimal.valueOf(25),
                                List.of(criterion("B1", steps(0, 25, 5)))),
                        new Part(
                                PartCode.C,
                                text("Phần C"),
                                BigDecimal.valueOf(is1048 ? 40 : 35),
                                List.of(
                                        mandatory(GUARDS_3, 3),
                                        mandatory(GUARDS_4, 4),
                                        criterion("C3", steps(0, cSteps, 1)),
                                        criterion(
                                                "C4",
                                                FINE_STEPS.stream()
                                                        .map(p -> option(p, p, false))
                                                        .toList())))));
    }

    public static CriteriaSheet gradingSheet() {
        return gradingSheet("QD1048_2019");
    }

    /** Answers that add up to {@code total} on {@link #gradingSheet()}, failing the named mandatory criteria. */
    public static ScoreSheet scoring(String memberId, String total, String... failing) {
        List<String> failed = List.of(failing);
        Map<String, String> answers = new HashMap<>();
        BigDecimal rest = new BigDecimal(total);
        for (String guard : List.of(GUARDS_3, GUARDS_4)) {
            boolean fails = failed.contains(guard);
            answers.put(guard, fails ? "fail" : "pass");
            rest = rest.subtract(fails ? BigDecimal.ZERO : BigDecimal.valueOf(5));
        }
        BigDecimal fraction = rest.subtract(new BigDecimal(rest.toBigInteger()));
        int whole = rest.toBigInteger().intValueExact();
        int a = Math.min(35, whole / 5 * 5);
        int b = Math.min(25, (whole - a) / 5 * 5);
        int c3 = whole - a - b;
        String c4 = fraction.stripTrailingZeros().toPlainString();
        if (c3 == 30 && fraction.signum() == 0) {
            c3 = 29;
            c4 = "1";
        }
        if (c3 > 29 || !FINE_STEPS.contains(c4)) {
            throw new IllegalArgumentException("the grading sheet cannot total " + total);
        }
        answers.put("A1", String.valueOf(a));
        answers.put("B1", String.valueOf(b));
        answers.put("C3", String.valueOf(c3));
        answers.put("C4", c4);
        return new ScoreSheet(memberId, answers);
    }

    public static LocalizedText text(String vi) {
        return LocalizedText.of(vi, vi + " (en)");
    }

    public static Criterion criterion(String code, List<AnswerOption> options) {
        return new Criterion(code, null, text("Tiêu chí " + code), options, false, null);
    }

    public static Criterion mandatory(String code, int guards) {
        return new Criterion(
                code,
                null,
                text("Tiêu chí bắt buộc " + code),
                List.of(option("fail", "0", true), option("pass", "5", false)),
                true,
                guards);
    }

    public static AnswerOption option(String code, String points, boolean fails) {
        return new AnswerOption(code, text("Phương án " + code), new BigDecimal(points), fails);
    }

    public static List<AnswerOption> steps(int from, int to, int step) {
        List<AnswerOption> options = new ArrayList<>();
        IntStream.iterate(from, p -> p <= to, p -> p + step)
                .forEach(p -> options.add(option(String.valueOf(p), String.valueOf(p), false)));
        return options;
    }
}
