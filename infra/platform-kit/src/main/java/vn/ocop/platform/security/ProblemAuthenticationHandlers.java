package vn.ocop.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import vn.ocop.platform.web.ProblemWriter;

/**
 * 401 and 403 as problem+json, keeping the RFC 6750 {@code WWW-Authenticate} header that the
 * standard bearer-token handlers set.
 */
public class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint entryPoint = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler denied = new BearerTokenAccessDeniedHandler();
    private final ProblemWriter writer;

    public ProblemAuthenticationHandlers(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        entryPoint.commence(request, response, e);
        writer.write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                "unauthenticated",
                "A valid bearer token is required: " + e.getMessage(),
                "Cần mã truy cập (bearer token) hợp lệ.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        denied.handle(request, response, e);
        writer.write(
                request,
                response,
                HttpStatus.FORBIDDEN,
                "forbidden",
                "Your role may not perform this action.",
                "Vai trò của bạn không được phép thực hiện thao tác này.");
    }
}
