package vn.ocop.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import vn.ocop.platform.files.RefusedFile;

/**
 * A refusal the API answers as RFC 9457 problem+json: a stable machine code, the reason for
 * people in English and Vietnamese, the fields at fault, and any extra members a client can use
 * (for example the deadline that passed or the members who must re-score).
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String detailVi;
    private final List<FieldProblem> errors;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private Integer retryAfterSeconds;

    public ApiProblem(HttpStatus status, String code, String detail, String detailVi, List<FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.detailVi = detailVi;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ApiProblem notFound(String what, Object id) {
        return new ApiProblem(
                HttpStatus.NOT_FOUND,
                "not-found",
                what + " " + id + " was not found",
                "Không tìm thấy " + what + " " + id,
                List.of());
    }

    public static ApiProblem invalid(String field, String reason, String reasonVi) {
        return new ApiProblem(
                HttpStatus.BAD_REQUEST,
                "validation",
                "The request is invalid: " + field + " " + reason,
                "Yêu cầu không hợp lệ: " + field + " " + reasonVi,
                List.of(new FieldProblem(field, reason, reasonVi)));
    }

    public static ApiProblem invalid(List<FieldProblem> errors) {
        return new ApiProblem(
                HttpStatus.BAD_REQUEST, "validation", "The request is invalid", "Yêu cầu không hợp lệ", errors);
    }

    public static ApiProblem conflict(String code, String detail, String detailVi) {
        return new ApiProblem(HttpStatus.CONFLICT, code, detail, detailVi, List.of());
    }

    public static ApiProblem forbidden(String detail, String detailVi) {
        return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", detail, detailVi, List.of());
    }

    /** An upload the kit's inspection refused, answered 422 naming the field (the multipart part) and why. */
    public static ApiProblem refusedFile(String field, RefusedFile refused) {
        ApiProblem problem = new ApiProblem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                refused.code(),
                "The upload was refused: " + field + " " + refused.reason(),
                "Tệp tải lên bị từ chối: " + field + " " + refused.reasonVi(),
                List.of(new FieldProblem(field, refused.reason(), refused.reasonVi())));
        refused.details().forEach(problem::with);
        return problem;
    }

    public ApiProblem with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public ApiProblem retryAfter(int seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String detailVi() {
        return detailVi;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
