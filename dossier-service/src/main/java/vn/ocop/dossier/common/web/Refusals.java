package vn.ocop.dossier.common.web;

import org.springframework.http.HttpStatus;
import vn.ocop.dossier.dossier.DeadlinePassed;
import vn.ocop.dossier.dossier.IllegalTransition;
import vn.ocop.dossier.dossier.MissingDocuments;
import vn.ocop.dossier.dossier.NotQualified;
import vn.ocop.dossier.reference.UnknownReference;
import vn.ocop.platform.web.ApiProblem;
import vn.ocop.platform.web.FieldProblem;

import java.util.List;
import java.util.function.Supplier;

/**
 * Turns the domain's refusals into problem documents. Done here rather than in a controller
 * advice because the platform's advice answers every exception first (see the report to the lead).
 */
public final class Refusals {

    private Refusals() {
    }

    public static <T> T translate(Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalTransition e) {
            throw ApiProblem.conflict("illegal-transition", e.getMessage(),
                            "Hồ sơ đang ở trạng thái " + e.current() + " nên không thể thực hiện thao tác "
                                    + e.action() + "; các thao tác được phép: " + e.allowedActions())
                    .with("currentStatus", e.current().name())
                    .with("action", e.action().name())
                    .with("allowedActions", e.allowedActions().stream().map(Enum::name).toList());
        } catch (MissingDocuments e) {
            return throwMissing(e);
        } catch (DeadlinePassed e) {
            throw ApiProblem.conflict("deadline-passed", e.getMessage(),
                    "Đã quá hạn chuyển hồ sơ lên tỉnh (" + e.deadline() + ") và tỉnh chưa cho phép gia hạn")
                    .with("deadline", e.deadline().toString());
        } catch (NotQualified e) {
            throw ApiProblem.conflict("not-qualified", e.getMessage(),
                    "Điểm cấp huyện " + e.score() + " chưa đạt ngưỡng chuyển lên tỉnh (" + e.threshold() + ")")
                    .with("score", e.score()).with("threshold", e.threshold());
        } catch (UnknownReference e) {
            throw ApiProblem.invalid(e.field(), e.getMessage(), e.reasonVi());
        }
    }

    public static void run(Runnable action) {
        translate(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T throwMissing(MissingDocuments e) {
        List<FieldProblem> errors = e.missing().stream().map(t -> new FieldProblem("attachments." + t,
                "mandatory document is missing", "thiếu tài liệu bắt buộc")).toList();
        throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "missing-documents", e.getMessage(),
                "Hồ sơ còn thiếu tài liệu bắt buộc: " + String.join(", ", e.missing()), errors)
                .with("missing", e.missing());
    }
}
