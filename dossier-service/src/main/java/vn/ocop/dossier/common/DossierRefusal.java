package vn.ocop.dossier.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.ocop.dossier.dossier.DossierAction;
import vn.ocop.dossier.dossier.DossierStatus;
import vn.ocop.platform.refusal.Refusal;

/**
 * The dossier service's refusals, in the domain's words: each carries its kind, code, both texts and
 * the facts a client can act on, so the kit's problem advice answers it without a translation step.
 */
public abstract sealed class DossierRefusal extends Refusal {

    private DossierRefusal(Kind kind, String code, String detail, String detailVi, List<FieldError> errors) {
        super(kind, code, detail, detailVi, errors);
    }

    /** Unless the stored version is the one the client named (If-Match), the change is refused as stale. */
    public static void requireVersion(long expected, long actual) {
        if (expected != actual) {
            throw new Stale().with("currentVersion", actual);
        }
    }

    /** The object does not exist, or lies outside the caller's scope. */
    public static final class NotFound extends DossierRefusal {
        public NotFound(String what, Object id) {
            super(
                    Kind.NOT_FOUND,
                    "not-found",
                    what + " " + id + " was not found",
                    "Không tìm thấy " + what + " " + id,
                    List.of());
        }
    }

    /** The caller's role or area does not allow the action. */
    public static final class Forbidden extends DossierRefusal {
        public Forbidden(String detail, String detailVi) {
            super(Kind.FORBIDDEN, "forbidden", detail, detailVi, List.of());
        }
    }

    /** One field of the request breaks a rule. */
    public static final class Invalid extends DossierRefusal {
        public Invalid(String field, String reason, String reasonVi) {
            super(
                    Kind.INVALID,
                    "validation",
                    "The request is invalid: " + field + " " + reason,
                    "Yêu cầu không hợp lệ: " + field + " " + reasonVi,
                    List.of(new FieldError(field, reason, reasonVi)));
        }
    }

    /** A code that the reference data does not know, or a combination it does not allow. */
    public static final class UnknownReference extends DossierRefusal {
        private final String field;

        public UnknownReference(String field, String reason, String reasonVi) {
            super(
                    Kind.INVALID,
                    "validation",
                    "The request is invalid: " + field + " " + reason,
                    "Yêu cầu không hợp lệ: " + field + " " + reasonVi,
                    List.of(new FieldError(field, reason, reasonVi)));
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** An action the dossier's current status does not allow; names the actions that are allowed. */
    public static final class IllegalTransition extends DossierRefusal {
        private final DossierStatus current;
        private final DossierAction action;

        public IllegalTransition(DossierStatus current, DossierAction action) {
            super(
                    Kind.CONFLICT,
                    "illegal-transition",
                    "A dossier in status " + current + " cannot "
                            + action.name().toLowerCase().replace('_', ' ') + "; allowed now: "
                            + current.actionsForPeople(),
                    "Hồ sơ đang ở trạng thái " + current + " nên không thể thực hiện thao tác " + action
                            + "; các thao tác được phép: " + current.actionsForPeople(),
                    List.of());
            this.current = current;
            this.action = action;
            with("currentStatus", current.name());
            with("action", action.name());
            with("allowedActions", allowedActions().stream().map(Enum::name).toList());
        }

        public DossierStatus current() {
            return current;
        }

        public DossierAction action() {
            return action;
        }

        public List<DossierAction> allowedActions() {
            return current.actionsForPeople();
        }
    }

    /** Submission refused: mandatory document types have no attachment. */
    public static final class MissingDocuments extends DossierRefusal {
        private final List<String> missing;

        public MissingDocuments(List<String> missing) {
            super(
                    Kind.UNPROCESSABLE,
                    "missing-documents",
                    "Mandatory documents are missing: " + missing,
                    "Hồ sơ còn thiếu tài liệu bắt buộc: " + String.join(", ", missing),
                    missing.stream()
                            .map(t -> new FieldError(
                                    "attachments." + t, "mandatory document is missing", "thiếu tài liệu bắt buộc"))
                            .toList());
            this.missing = List.copyOf(missing);
            with("missing", this.missing);
        }

        public List<String> missing() {
            return missing;
        }
    }

    /** Forwarding refused: the round's district deadline is over and the province granted no exception. */
    public static final class DeadlinePassed extends DossierRefusal {
        private final LocalDate deadline;

        public DeadlinePassed(LocalDate deadline) {
            super(
                    Kind.CONFLICT,
                    "deadline-passed",
                    "The district deadline " + deadline + " has passed and the province granted no exception",
                    "Đã quá hạn chuyển hồ sơ lên tỉnh (" + deadline + ") và tỉnh chưa cho phép gia hạn",
                    List.of());
            this.deadline = deadline;
            with("deadline", deadline.toString());
        }

        public LocalDate deadline() {
            return deadline;
        }
    }

    /** Forwarding refused: the district result does not reach the legal basis' threshold. */
    public static final class NotQualified extends DossierRefusal {
        private final double score;
        private final BigDecimal threshold;

        public NotQualified(double score, BigDecimal threshold) {
            super(
                    Kind.CONFLICT,
                    "not-qualified",
                    "The district score " + score + " does not qualify for the province (threshold " + threshold + ")",
                    "Điểm cấp huyện " + score + " chưa đạt ngưỡng chuyển lên tỉnh (" + threshold + ")",
                    List.of());
            this.score = score;
            this.threshold = threshold;
            with("score", score);
            with("threshold", threshold);
        }

        public double score() {
            return score;
        }

        public BigDecimal threshold() {
            return threshold;
        }
    }

    /** The action does not fit the current state of something else: a closed round, a taken key. */
    public static final class Conflict extends DossierRefusal {
        public Conflict(String code, String detail, String detailVi) {
            this(code, detail, detailVi, List.of());
        }

        public Conflict(String code, String detail, String detailVi, List<FieldError> errors) {
            super(Kind.CONFLICT, code, detail, detailVi, errors);
        }
    }

    /** The request is well-formed but cannot be accepted (an upload whose content is refused). */
    public static final class Unprocessable extends DossierRefusal {
        public Unprocessable(String code, String detail, String detailVi, List<FieldError> errors) {
            super(Kind.UNPROCESSABLE, code, detail, detailVi, errors);
        }
    }

    /** A size limit was exceeded; names the limit. */
    public static final class TooLarge extends DossierRefusal {
        public TooLarge(String code, String detail, String detailVi, long limitBytes) {
            super(Kind.TOO_LARGE, code, detail, detailVi, List.of());
            with("limitBytes", limitBytes);
        }
    }

    /** The caller's copy is stale: If-Match does not name the current version. */
    public static final class Stale extends DossierRefusal {
        public Stale() {
            super(
                    Kind.STALE,
                    "stale-version",
                    "The object was changed since you read it (If-Match does not match the current ETag); reload it",
                    "Đối tượng đã thay đổi kể từ lần bạn đọc (If-Match không khớp ETag hiện tại); hãy tải lại",
                    List.of());
        }
    }

    /** The change needs the version the caller read (If-Match missing). */
    public static final class VersionRequired extends DossierRefusal {
        public VersionRequired() {
            super(
                    Kind.VERSION_REQUIRED,
                    "if-match-required",
                    "This change needs an If-Match header with the ETag you last read",
                    "Thay đổi này cần tiêu đề If-Match chứa ETag bạn đã đọc gần nhất",
                    List.of());
        }
    }
}
