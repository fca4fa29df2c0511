package vn.ocop.evaluation.grading;

import static vn.ocop.evaluation.grading.Refusal.Kind.CHAIR_ABSENT;
import static vn.ocop.evaluation.grading.Refusal.Kind.DUPLICATE_SCORE_SHEET;
import static vn.ocop.evaluation.grading.Refusal.Kind.INVALID_SCORE_SHEET;
import static vn.ocop.evaluation.grading.Refusal.Kind.NOT_A_MEMBER;
import static vn.ocop.evaluation.grading.Refusal.Kind.NO_QUORUM;
import static vn.ocop.evaluation.grading.Refusal.Kind.SPREAD_TOO_WIDE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ocop.evaluation.criteria.CriteriaSheet;
import vn.ocop.evaluation.criteria.Criterion;
import vn.ocop.evaluation.criteria.GradingLevel;
import vn.ocop.evaluation.criteria.LegalBasis;
import vn.ocop.evaluation.criteria.LocalizedText;
import vn.ocop.evaluation.criteria.Score;

/**
 * Turns the members' score sheets into the council's result, or refuses with every reason at once.
 *
 * <p>The members present are the members who handed in a score sheet: a member at the meeting scores
 * on their own, and a sheet cannot come from someone absent.
 *
 * <p>A mandatory criterion counts as failed when more than half of the scoring members judged it
 * failed; on a tie the chair's judgement decides, as in council votes, and without the chair a tie
 * counts as failed because the producer has to show the requirement is met. A single dissenting
 * member therefore cannot cap a product alone.
 */
public final class CouncilResultFinaliser {

    private CouncilResultFinaliser() {}

    public static CouncilResult finalise(
            Council council, CriteriaSheet sheet, LegalBasis basis, Collection<ScoreSheet> scoreSheets) {
        if (!sheet.legalBasis().equals(basis.code()) && !sheet.legalBasis().equals(basis.criteriaBasis())) {
            throw new IllegalArgumentException("sheet " + sheet.reference() + " is not a " + basis.code() + " sheet");
        }
        List<Refusal> refusals = new ArrayList<>();
        Map<String, ScoreSheet> byMember = acceptedSheets(council, scoreSheets, refusals);
        checkQuorum(council.attendance(byMember.keySet()), refusals);

        List<MemberScore> scores = new ArrayList<>();
        for (ScoreSheet scoreSheet : byMember.values()) {
            List<ScoreProblem> problems = scoreSheet.problemsAgainst(sheet);
            if (problems.isEmpty()) {
                scores.add(scoreSheet.scoreAgainst(sheet));
            } else {
                refusals.add(new Refusal(
                        INVALID_SCORE_SHEET,
                        List.of(scoreSheet.memberId()),
                        problems,
                        LocalizedText.of(
                                "Phiếu chấm của " + scoreSheet.memberId() + " không hợp lệ",
                                "The score sheet of " + scoreSheet.memberId() + " is not valid")));
            }
        }
        if (scores.size() == byMember.size()) {
            checkSpread(scores, council.settings().maxSpread(), refusals);
        }
        if (!refusals.isEmpty() || scores.isEmpty()) {
            throw new CouncilResultRefused(refusals);
        }
        return result(council, sheet, basis, scores);
    }

    private static Map<String, ScoreSheet> acceptedSheets(
            Council council, Collection<ScoreSheet> scoreSheets, List<Refusal> refusals) {
        Map<String, ScoreSheet> byMember = new LinkedHashMap<>();
        Set<String> duplicated = new HashSet<>();
        for (ScoreSheet scoreSheet : scoreSheets) {
            String memberId = scoreSheet.memberId();
            if (council.member(memberId).isEmpty()) {
                refusals.add(Refusal.of(
                        NOT_A_MEMBER,
                        List.of(memberId),
                        memberId + " không phải thành viên hội đồng " + council.id(),
                        memberId + " is not a member of council " + council.id()));
            } else if (byMember.putIfAbsent(memberId, scoreSheet) != null && duplicated.add(memberId)) {
                refusals.add(Refusal.of(
                        DUPLICATE_SCORE_SHEET,
                        List.of(memberId),
                        memberId + " nộp nhiều hơn một phiếu chấm",
                        memberId + " handed in more than one score sheet"));
            }
        }
        return orderedLikeCouncil(council, byMember);
    }

    private static Map<String, ScoreSheet> orderedLikeCouncil(Council council, Map<String, ScoreSheet> byMember) {
        Map<String, ScoreSheet> ordered = new LinkedHashMap<>();
        council.members()
                .forEach(m -> Optional.ofNullable(byMember.get(m.id())).ifPresent(s -> ordered.put(m.id(), s)));
        return ordered;
    }

    private static void checkQuorum(Attendance attendance, List<Refusal> refusals) {
        if (!attendance.enoughMembers()) {
            List<String> absent =
                    attendance.absent().stream().map(CouncilMember::id).toList();
            String names = attendance.absent().stream().map(CouncilMember::name).collect(Collectors.joining(", "));
            refusals.add(Refusal.of(
                    NO_QUORUM,
                    absent,
                    "Chưa đủ số thành viên: có " + attendance.present().size() + ", cần " + attendance.required()
                            + "; vắng: " + names,
                    "No quorum: " + attendance.present().size() + " present, " + attendance.required()
                            + " needed; absent: " + names));
        }
        if (attendance.chairMustAttend() && !attendance.chairPresent()) {
            List<String> chair = attendance.absent().stream()
                    .filter(CouncilMember::isChair)
                    .map(CouncilMember::id)
                    .toList();
            refusals.add(Refusal.of(CHAIR_ABSENT, chair, "Chủ tịch hội đồng vắng mặt", "The council chair is absent"));
        }
    }

    /**
     * Names every member whose total lies more than the allowed spread from some other member's total:
     * with 60, 70 and 71 and a spread of 10, the 60 and the 71 re-score; the 70 is close to both.
     */
    private static void checkSpread(List<MemberScore> scores, BigDecimal maxSpread, List<Refusal> refusals) {
        if (scores.isEmpty()) {
            return;
        }
        BigDecimal min = scores.stream()
                .map(MemberScore::total)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        BigDecimal max = scores.stream()
                .map(MemberScore::total)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        BigDecimal spread = max.subtract(min);
        if (spread.compareTo(maxSpread) <= 0) {
            return;
        }
        List<String> toRescore = scores.stream()
                .filter(s -> s.total().subtract(min).compareTo(maxSpread) > 0
                        || max.subtract(s.total()).compareTo(maxSpread) > 0)
                .map(MemberScore::memberId)
                .toList();
        refusals.add(Refusal.of(
                SPREAD_TOO_WIDE,
                toRescore,
                "Điểm các thành viên chênh nhau " + spread.toPlainString() + " điểm (tối đa "
                        + maxSpread.toPlainString() + "); hội đồng thảo luận, các thành viên sau chấm lại: "
                        + String.join(", ", toRescore),
                "Members' totals differ by " + spread.toPlainString() + " points (at most " + maxSpread.toPlainString()
                        + "); after discussion these members re-score: " + String.join(", ", toRescore)));
    }

    private static CouncilResult result(
            Council council, CriteriaSheet sheet, LegalBasis basis, List<MemberScore> scores) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        scores.forEach(s -> totals.put(s.memberId(), s.total()));
        Score mean = new Score(totals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), totals.size());
        int bandStars = basis.starBands().starsFor(mean);
        List<MandatoryFailure> failures = mandatoryFailures(council, sheet, scores);
        int stars = failures.stream()
                .mapToInt(MandatoryFailure::starCap)
                .map(cap -> Math.max(cap, 1))
                .reduce(bandStars, Math::min);
        boolean firstLevel = council.level() == basis.firstLevel();
        boolean qualifies = firstLevel
                && mean.isAtLeast(basis.forwardThreshold())
                && stars >= basis.starBands().starsAt(basis.forwardThreshold());
        boolean fiveStar =
                council.level() == GradingLevel.PROVINCE && mean.isAtLeast(basis.fiveStarProposal()) && stars == 5;
        return new CouncilResult(
                council.id(),
                council.level(),
                basis.code(),
                sheet.reference(),
                totals,
                mean,
                mean.twoDecimals(),
                bandStars,
                stars,
                failures,
                qualifies,
                fiveStar,
                basis.recognisedAt(stars));
    }

    private static List<MandatoryFailure> mandatoryFailures(
            Council council, CriteriaSheet sheet, List<MemberScore> scores) {
        String chairId = council.chair().id();
        boolean chairScored = scores.stream().anyMatch(s -> s.memberId().equals(chairId));
        List<MandatoryFailure> failures = new ArrayList<>();
        for (Criterion criterion : sheet.criteria().filter(Criterion::mandatory).toList()) {
            List<String> failedBy = scores.stream()
                    .filter(s -> s.failedMandatory().contains(criterion.code()))
                    .map(MemberScore::memberId)
                    .toList();
            int twice = failedBy.size() * 2;
            boolean tieBrokenToFail = twice == scores.size() && (!chairScored || failedBy.contains(chairId));
            if (twice > scores.size() || tieBrokenToFail) {
                failures.add(new MandatoryFailure(criterion.code(), criterion.guardsStars(), failedBy));
            }
        }
        return failures;
    }
}
