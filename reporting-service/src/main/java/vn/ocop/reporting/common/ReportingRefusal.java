package vn.ocop.reporting.common;

import java.util.List;
import vn.ocop.platform.refusal.Refusal;

/**
 * The reporting use cases' "no", in the words and codes the API has always answered with; a refused upload is the
 * kit's {@link vn.ocop.platform.refusal.RefusedUpload}.
 */
public abstract sealed class ReportingRefusal extends Refusal
        permits ReportingRefusal.NotFound,
                ReportingRefusal.Forbidden,
                ReportingRefusal.Invalid,
                ReportingRefusal.Conflict,
                ReportingRefusal.TooLarge {

    private ReportingRefusal(Kind kind, String code, String detail, String detailVi, List<FieldError> errors) {
        super(kind, code, detail, detailVi, errors);
    }

    /** The period, task or attachment does not exist. */
    public static final class NotFound extends ReportingRefusal {
        public NotFound(String what, Object id) {
            super(
                    Kind.NOT_FOUND,
                    "not-found",
                    what + " " + id + " was not found",
                    "Không tìm thấy " + what + " " + id,
                    List.of());
        }
    }

    /** The caller's role or unit may not do this. */
    public static final class Forbidden extends ReportingRefusal {
        public Forbidden(String detail, String detailVi) {
            super(Kind.FORBIDDEN, "forbidden", detail, detailVi, List.of());
        }
    }

    /** One field of the request breaks a rule. */
    public static final class Invalid extends ReportingRefusal {
        public Invalid(String field, String reason, String reasonVi) {
            super(
                    Kind.INVALID,
                    "validation",
                    "The request is invalid: " + field + " " + reason,
                    "Yêu cầu không hợp lệ: " + field + " " + reasonVi,
                    List.of(new FieldError(field, reason, reasonVi)));
        }
    }

    /** A business rule of the period or task refused the change (a code such as already-submitted). */
    public static final class Conflict extends ReportingRefusal {
        public Conflict(String code, String detail, String detailVi) {
            super(Kind.CONFLICT, code, detail, detailVi, List.of());
        }
    }

    /** An attachment over the configured size. */
    public static final class TooLarge extends ReportingRefusal {
        public TooLarge(String code, String detail, String detailVi) {
            super(Kind.TOO_LARGE, code, detail, detailVi, List.of());
        }
    }
}
