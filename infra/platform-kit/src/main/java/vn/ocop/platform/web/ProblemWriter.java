package vn.ocop.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem document from filters, where no controller advice runs. */
public class ProblemWriter {

    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String code,
            String detail,
            String detailVi)
            throws IOException {
        write(request, response, status, code, detail, detailVi, Map.of());
    }

    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String code,
            String detail,
            String detailVi,
            Map<String, Object> extra)
            throws IOException {
        ProblemDetail p = Problems.of(status, code, detail, detailVi, List.of(), extra);
        p.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(p));
    }

    /** The problem document as text, for the web server's own error answers (no instance: the path may be unread). */
    public String render(HttpStatusCode status, String code, String detail, String detailVi) {
        return json.writeValueAsString(Problems.of(status, code, detail, detailVi, List.of(), Map.of()));
    }
}
