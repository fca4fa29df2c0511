package vn.ocop.notification.common;

import java.util.List;
import vn.ocop.platform.refusal.Refusal;

/** The notification use cases' "no", in the words and codes the API has always answered with. */
public abstract sealed class NotificationRefusal extends Refusal
        permits NotificationRefusal.NotFound,
                NotificationRefusal.Forbidden,
                NotificationRefusal.Invalid,
                NotificationRefusal.Conflict,
                NotificationRefusal.Unprocessable {

    private NotificationRefusal(Kind kind, String code, String detail, String detailVi, List<FieldError> errors) {
        super(kind, code, detail, detailVi, errors);
    }

    /** The contact or delivery does not exist, or lies outside the caller's area. */
    public static final class NotFound extends NotificationRefusal {
        public NotFound(String what, Object id) {
            super(
                    Kind.NOT_FOUND,
                    "not-found",
                    what + " " + id + " was not found",
                    "Không tìm thấy " + what + " " + id,
                    List.of());
        }
    }

    /** The caller's role or area does not allow the change; names the field at fault when there is one. */
    public static final class Forbidden extends NotificationRefusal {
        public Forbidden(String detail, String detailVi) {
            super(Kind.FORBIDDEN, "forbidden", detail, detailVi, List.of());
        }

        public Forbidden(String detail, String detailVi, FieldError error) {
            super(Kind.FORBIDDEN, "forbidden", detail, detailVi, List.of(error));
        }
    }

    /** Fields of the request break their rules. */
    public static final class Invalid extends NotificationRefusal {
        public Invalid(List<FieldError> errors) {
            super(Kind.INVALID, "validation", "The request is invalid", "Yêu cầu không hợp lệ", errors);
        }
    }

    /** The change does not fit the object's current state (a code such as delivery-not-failed). */
    public static final class Conflict extends NotificationRefusal {
        public Conflict(String code, String detail, String detailVi) {
            super(Kind.CONFLICT, code, detail, detailVi, List.of());
        }
    }

    /** Well-formed but naming what is not known (yet), e.g. a producer whose registration has not arrived. */
    public static final class Unprocessable extends NotificationRefusal {
        public Unprocessable(String code, String detail, String detailVi, FieldError error) {
            super(Kind.UNPROCESSABLE, code, detail, detailVi, List.of(error));
        }
    }
}
