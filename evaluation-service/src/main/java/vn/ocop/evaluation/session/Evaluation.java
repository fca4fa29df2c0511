package vn.ocop.evaluation.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.ocop.evaluation.common.EvaluationRefusal.IllegalTransition;
import vn.ocop.evaluation.criteria.GradingLevel;
import vn.ocop.evaluation.session.EvaluationChange.ExpiryNoticed;
import vn.ocop.evaluation.session.EvaluationChange.FiveStarProposed;
import vn.ocop.evaluation.session.EvaluationChange.Graded;
import vn.ocop.evaluation.session.EvaluationChange.Happened;
import vn.ocop.evaluation.session.EvaluationChange.Recognised;

/**
 * One product's grading at one level (district/commune or province). Its id is
 * {@code dossierId + ":" + level}, so a repeated dossier event can only ever find the evaluation it
 * already created. Every change returns a new value with the version increased and an audit entry
 * naming the acting user.
 */
public record Evaluation(
        String id,
        long version,
        String dossierId,
        GradingLevel level,
        EvaluationStatus status,
        Product product,
        EarlierResult earlierResult,
        Assignment assignment,
        PreliminaryScore preliminary,
        List<MemberSheet> scoreSheets,
        Result result,
        Recognition recognition,
        List<AuditEntry> audit,
        Instant createdAt) {

    public Evaluation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(product, "product");
        scoreSheets = scoreSheets == null ? List.of() : List.copyOf(scoreSheets);
        audit = audit == null ? List.of() : List.copyOf(audit);
    }

    public static String idOf(String dossierId, GradingLevel level) {
        return dossierId + ":" + level.name();
    }

    public static Evaluation open(
            String dossierId, GradingLevel level, Product product, EarlierResult earlier, String actor, Instant at) {
        AuditEntry opened = new AuditEntry("OPENED", actor, at, 1, level + " evaluation opened from the dossier event");
        return new Evaluation(
                idOf(dossierId, level),
                1,
                dossierId,
                level,
                EvaluationStatus.AWAITING_COUNCIL,
                product,
                earlier,
                null,
                null,
                List.of(),
                null,
                null,
                List.of(opened),
                at);
    }

    public Optional<String> councilId() {
        return Optional.ofNullable(assignment).map(Assignment::councilId);
    }

    public Optional<MemberSheet> sheetOf(String memberId) {
        return scoreSheets.stream().filter(s -> s.memberId().equals(memberId)).findFirst();
    }

    /** Puts the evaluation before a council session; allowed again (a new date or council) until someone has scored. */
    public Evaluation assign(Assignment to, String actor, Instant at) {
        if (status != EvaluationStatus.AWAITING_COUNCIL && status != EvaluationStatus.IN_SESSION) {
            throw refused("assign");
        }
        if (!scoreSheets.isEmpty() && !to.councilId().equals(assignment.councilId())) {
            throw new IllegalTransition(
                    "already-scored",
                    "Members of council " + assignment.councilId() + " have already scored; the council cannot change",
                    "Thành viên hội đồng " + assignment.councilId() + " đã chấm điểm; không thể đổi hội đồng");
        }
        return change(
                EvaluationStatus.IN_SESSION,
                to,
                preliminary,
                scoreSheets,
                result,
                recognition,
                "ASSIGNED",
                actor,
                at,
                "council " + to.councilId() + " on " + to.sessionDate() + ", sheet " + to.sheetId() + " v"
                        + to.sheetVersion());
    }

    public Evaluation withPreliminary(PreliminaryScore score) {
        if (status.councilClosed() || status == EvaluationStatus.CANCELLED) {
            throw refused("record a preliminary score on");
        }
        return change(
                status,
                assignment,
                score,
                scoreSheets,
                result,
                recognition,
                "PRELIMINARY_SCORE",
                score.recordedBy(),
                score.recordedAt(),
                "advisory score " + score.score());
    }

    /** Hands in (or replaces) a member's own sheet while the council is in session. */
    public Evaluation withScoreSheet(MemberSheet sheet) {
        if (status != EvaluationStatus.IN_SESSION) {
            throw refused("score");
        }
        List<MemberSheet> sheets = new ArrayList<>(scoreSheets.stream()
                .filter(s -> !s.memberId().equals(sheet.memberId()))
                .toList());
        sheets.add(sheet);
        return change(
                status,
                assignment,
                preliminary,
                sheets,
                result,
                recognition,
                "SCORED",
                sheet.memberId(),
                sheet.submittedAt(),
                "total " + sheet.total());
    }

    /** The council's result is final: the evaluation is graded, and says so. */
    public EvaluationChange graded(Result finalResult) {
        if (status != EvaluationStatus.IN_SESSION) {
            throw refused("finalise");
        }
        Evaluation next = change(
                EvaluationStatus.GRADED,
                assignment,
                preliminary,
                scoreSheets,
                finalResult,
                recognition,
                "GRADED",
                finalResult.finalisedBy(),
                finalResult.finalisedAt(),
                "score " + finalResult.score() + ", " + finalResult.stars() + " stars");
        return new EvaluationChange(next, List.of(new Graded(finalResult.finalisedBy(), finalResult.finalisedAt())));
    }

    /** Records a recognition decision's outcome: a certificate, or a proposal to the centre for 5★. */
    public EvaluationChange recognised(Recognition outcome, String actor, Instant at) {
        if (status != EvaluationStatus.GRADED || level != GradingLevel.PROVINCE) {
            throw refused("recognise");
        }
        EvaluationStatus next = outcome.certified() ? EvaluationStatus.RECOGNISED : EvaluationStatus.PROPOSED_TO_CENTRE;
        Evaluation recognised = change(
                next,
                assignment,
                preliminary,
                scoreSheets,
                result,
                outcome,
                next.name(),
                actor,
                at,
                "decision " + outcome.decisionNumber()
                        + (outcome.certified() ? ", certificate " + outcome.certificateNumber() : ""));
        List<Happened> happened = new ArrayList<>();
        if (outcome.certified()) {
            happened.add(new Recognised(actor, at));
        }
        if (result.proposedForFiveStar()) {
            happened.add(new FiveStarProposed(actor, at));
        }
        return new EvaluationChange(recognised, happened);
    }

    public EvaluationChange expiryNoticed(boolean expired, String actor, Instant at) {
        if (recognition == null || !recognition.certified()) {
            throw refused("announce the expiry of");
        }
        Recognition next = expired ? recognition.expiredNoticed() : recognition.expiringNoticed();
        Evaluation noticed = change(
                status,
                assignment,
                preliminary,
                scoreSheets,
                result,
                next,
                expired ? "RECOGNITION_EXPIRED" : "RECOGNITION_EXPIRING",
                actor,
                at,
                "certificate " + recognition.certificateNumber() + " valid until " + recognition.validUntil());
        return new EvaluationChange(noticed, List.of(new ExpiryNoticed(expired, actor, at)));
    }

    /** The dossier was withdrawn: an open evaluation stops; a closed one keeps its result. */
    public Evaluation cancel(String actor, Instant at, String reason) {
        if (status.councilClosed() || status == EvaluationStatus.CANCELLED) {
            throw refused("cancel");
        }
        return change(
                EvaluationStatus.CANCELLED,
                assignment,
                preliminary,
                scoreSheets,
                result,
                recognition,
                "CANCELLED",
                actor,
                at,
                reason);
    }

    private Evaluation change(
            EvaluationStatus next,
            Assignment nextAssignment,
            PreliminaryScore nextPreliminary,
            List<MemberSheet> sheets,
            Result nextResult,
            Recognition nextRecognition,
            String action,
            String actor,
            Instant at,
            String detail) {
        long nextVersion = version + 1;
        List<AuditEntry> trail = new ArrayList<>(audit);
        trail.add(new AuditEntry(action, actor, at, nextVersion, detail));
        return new Evaluation(
                id,
                nextVersion,
                dossierId,
                level,
                next,
                product,
                earlierResult,
                nextAssignment,
                nextPreliminary,
                sheets,
                nextResult,
                nextRecognition,
                trail,
                createdAt);
    }

    private IllegalTransition refused(String what) {
        return new IllegalTransition(
                "illegal-transition",
                "Cannot " + what + " evaluation " + id + " while it is " + status,
                "Không thể thực hiện thao tác với phiên đánh giá " + id + " ở trạng thái " + status);
    }
}
