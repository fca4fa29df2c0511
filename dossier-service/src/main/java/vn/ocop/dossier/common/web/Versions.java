package vn.ocop.dossier.common.web;

import org.springframework.http.HttpStatus;
import vn.ocop.platform.web.ApiProblem;

import java.util.List;

/** ETag = the aggregate's version; PUT and PATCH must name the version they change (If-Match). */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header names: 428 when it is missing, 412 when it is not a version. */
    public static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required",
                    "This change needs an If-Match header with the ETag you last read",
                    "Thay đổi này cần tiêu đề If-Match chứa ETag bạn đã đọc gần nhất", List.of());
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw stale();
        }
    }

    /** 412 unless the stored version is the one the client named. */
    public static void check(long expected, long actual) {
        if (expected != actual) {
            throw stale().with("currentVersion", actual);
        }
    }

    public static ApiProblem stale() {
        return new ApiProblem(HttpStatus.PRECONDITION_FAILED, "stale-version",
                "The object was changed since you read it (If-Match does not match the current ETag); reload it",
                "Đối tượng đã thay đổi kể từ lần bạn đọc (If-Match không khớp ETag hiện tại); hãy tải lại",
                List.of());
    }
}
