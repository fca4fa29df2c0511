package vn.ocop.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The container's error page ({@code /error}) as problem+json, in place of Boot's controller, which answers
 * a direct call with 500 {@code "status":999}. An exception that escaped a filter is handed to the problem
 * advice, so it gets the same answer as from a handler; a bare status (sendError) gets its problem; a direct
 * call, with no error behind it, is 404.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    private final ProblemAdvice problems;

    public ProblemErrorController(ProblemAdvice problems) {
        this.problems = problems;
    }

    @RequestMapping
    ResponseEntity<Object> error(HttpServletRequest request) throws Exception {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Exception e) {
            throw e;
        }
        ServletWebRequest web = new ServletWebRequest(request);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 0;
        if (status < 400) {
            String path = request.getRequestURI();
            return problems.respond(
                    HttpStatus.NOT_FOUND,
                    "not-found",
                    "No resource at " + path,
                    "Không có tài nguyên tại " + path,
                    List.of(),
                    Map.of(),
                    new HttpHeaders(),
                    web);
        }
        HttpStatusCode httpStatus = HttpStatusCode.valueOf(status);
        return problems.respond(
                httpStatus,
                status >= 500 ? "internal" : ProblemAdvice.codeFor(httpStatus),
                Problems.titleEn(status),
                Problems.titleVi(status),
                List.of(),
                Map.of(),
                new HttpHeaders(),
                web);
    }
}
