package vn.ocop.notification.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import vn.ocop.platform.refusal.Refusal;
import vn.ocop.platform.refusal.Refusal.FieldError;
import vn.ocop.platform.web.ApiProblem;
import vn.ocop.platform.web.FieldProblem;

/** Each refusal carries what the ApiProblem it replaced carried, so the problem+json body stays the same. */
class NotificationRefusalTest {

    private static final Map<Refusal.Kind, HttpStatus> STATUS = Map.of(
            Refusal.Kind.NOT_FOUND,
            HttpStatus.NOT_FOUND,
            Refusal.Kind.FORBIDDEN,
            HttpStatus.FORBIDDEN,
            Refusal.Kind.INVALID,
            HttpStatus.BAD_REQUEST,
            Refusal.Kind.CONFLICT,
            HttpStatus.CONFLICT,
            Refusal.Kind.UNPROCESSABLE,
            HttpStatus.UNPROCESSABLE_CONTENT);

    @Test
    void refusalsCarryTheCodeTextsFieldsAndFactsOfTheProblemsTheyReplace() {
        sameBody(new NotificationRefusal.NotFound("contact", "c-1"), ApiProblem.notFound("contact", "c-1"));
        sameBody(
                new NotificationRefusal.Forbidden("Only province officers", "Chỉ cán bộ tỉnh"),
                ApiProblem.forbidden("Only province officers", "Chỉ cán bộ tỉnh"));
        sameBody(
                new NotificationRefusal.Forbidden("outside: role x", "ngoài: role y", new FieldError("role", "x", "y")),
                new ApiProblem(
                        HttpStatus.FORBIDDEN,
                        "forbidden",
                        "outside: role x",
                        "ngoài: role y",
                        List.of(new FieldProblem("role", "x", "y"))));
        sameBody(
                new NotificationRefusal.Invalid(List.of(
                        new FieldError("phone", "is invalid", "không hợp lệ"),
                        new FieldError("email", "is invalid", "không hợp lệ"))),
                ApiProblem.invalid(List.of(
                        new FieldProblem("phone", "is invalid", "không hợp lệ"),
                        new FieldProblem("email", "is invalid", "không hợp lệ"))));
        sameBody(
                new NotificationRefusal.Conflict("delivery-not-failed", "Only a FAILED delivery", "Chỉ FAILED")
                        .with("status", "SENT"),
                ApiProblem.conflict("delivery-not-failed", "Only a FAILED delivery", "Chỉ FAILED")
                        .with("status", "SENT"));
        sameBody(
                new NotificationRefusal.Unprocessable(
                        "unknown-producer",
                        "producerId p is not",
                        "producerId p không",
                        new FieldError("producerId", "is not", "không")),
                new ApiProblem(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "unknown-producer",
                        "producerId p is not",
                        "producerId p không",
                        List.of(new FieldProblem("producerId", "is not", "không"))));
    }

    private static void sameBody(Refusal refusal, ApiProblem problem) {
        assertThat(STATUS.get(refusal.kind()).value())
                .isEqualTo(problem.status().value());
        assertThat(refusal.code()).isEqualTo(problem.code());
        assertThat(refusal.getMessage()).isEqualTo(problem.getMessage());
        assertThat(refusal.detailVi()).isEqualTo(problem.detailVi());
        assertThat(refusal.errors().stream()
                        .map(e -> List.of(e.field(), e.reason(), e.reasonVi()))
                        .toList())
                .isEqualTo(problem.errors().stream()
                        .map(e -> List.of(e.field(), e.reason(), e.reasonVi()))
                        .toList());
        assertThat(refusal.properties()).isEqualTo(problem.properties());
    }
}
