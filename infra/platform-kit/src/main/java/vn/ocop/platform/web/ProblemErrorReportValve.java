package vn.ocop.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatusCode;

/**
 * Tomcat's answer to what never reaches Spring (a request line or headers too large or malformed, an error
 * after the application gave up) as problem+json, in place of Tomcat's HTML page. It speaks only when Tomcat
 * would: the response is marked as an error and nothing has been written, so the application's own error
 * answers (and Spring's {@code /error} page) are left as they are.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private final ProblemWriter problems;

    public ProblemErrorReportValve(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String body = status == 400
                ? problems.render(
                        HttpStatusCode.valueOf(400),
                        "validation",
                        "The request cannot be read: its request line or headers are malformed or too large",
                        "Không đọc được yêu cầu: dòng yêu cầu hoặc phần tiêu đề (header) sai định dạng hoặc quá lớn")
                : problems.render(
                        HttpStatusCode.valueOf(status),
                        status >= 500 ? "internal" : ProblemAdvice.codeFor(HttpStatusCode.valueOf(status)),
                        Problems.titleEn(status),
                        Problems.titleVi(status));
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentLength(body.getBytes(StandardCharsets.UTF_8).length);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot take a body any more: nothing left to tell
        }
    }
}
