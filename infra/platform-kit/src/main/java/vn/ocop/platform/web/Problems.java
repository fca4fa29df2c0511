package vn.ocop.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the platform's problem documents, so every service answers in one shape. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(
            HttpStatusCode status,
            String code,
            String detail,
            String detailVi,
            List<FieldProblem> errors,
            Map<String, Object> extra) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("urn:ocop:problem:" + code));
        p.setTitle(titleEn(status.value()));
        p.setProperty("code", code);
        p.setProperty("title_vi", titleVi(status.value()));
        p.setProperty("detail_vi", detailVi);
        if (errors != null && !errors.isEmpty()) {
            p.setProperty("errors", errors);
        }
        if (extra != null) {
            extra.forEach(p::setProperty);
        }
        return p;
    }

    static String titleEn(int status) {
        return switch (status) {
            case 400 -> "Invalid request";
            case 401 -> "Authentication required";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 409 -> "Conflict with the current state";
            case 412 -> "Precondition failed";
            case 413 -> "Content too large";
            case 415 -> "Unsupported media type";
            case 422 -> "Unprocessable content";
            case 428 -> "Precondition required";
            case 429 -> "Too many requests";
            case 503 -> "Service temporarily unavailable";
            default -> status >= 500 ? "Internal error" : "Request refused";
        };
    }

    static String titleVi(int status) {
        return switch (status) {
            case 400 -> "Yêu cầu không hợp lệ";
            case 401 -> "Cần xác thực";
            case 403 -> "Không được phép";
            case 404 -> "Không tìm thấy";
            case 405 -> "Phương thức không được hỗ trợ";
            case 406 -> "Không chấp nhận được định dạng";
            case 409 -> "Xung đột với trạng thái hiện tại";
            case 412 -> "Điều kiện tiên quyết không thỏa";
            case 413 -> "Nội dung quá lớn";
            case 415 -> "Kiểu dữ liệu không được hỗ trợ";
            case 422 -> "Không xử lý được nội dung";
            case 428 -> "Thiếu điều kiện tiên quyết";
            case 429 -> "Quá nhiều yêu cầu";
            case 503 -> "Dịch vụ tạm thời không sẵn sàng";
            default -> status >= 500 ? "Lỗi hệ thống" : "Yêu cầu bị từ chối";
        };
    }
}
