package vn.ocop.platform.web;

import com.mongodb.MongoException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import vn.ocop.platform.refusal.Refusal;

/**
 * Every error as RFC 9457 problem+json with a machine code, English and Vietnamese text and the
 * fields at fault. A refused request changes nothing: validation happens before any write.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    private static final int STORE_RETRY_AFTER_SECONDS = 5;
    private static final Pattern MAP_KEY = Pattern.compile("\\[([^\\]]*[^\\]0-9][^\\]]*)]");

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Object> apiProblem(ApiProblem e, NativeWebRequest request) {
        HttpHeaders headers = new HttpHeaders();
        if (e.retryAfterSeconds() != null) {
            headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        }
        return respond(
                e.status(), e.code(), e.getMessage(), e.detailVi(), e.errors(), e.properties(), headers, request);
    }

    /** A use case's refusal in the domain's words, answered by its kind. */
    @ExceptionHandler(Refusal.class)
    ResponseEntity<Object> refusal(Refusal e, NativeWebRequest request) {
        List<FieldProblem> errors = e.errors().stream()
                .map(f -> new FieldProblem(f.field(), f.reason(), f.reasonVi()))
                .toList();
        return respond(
                statusOf(e.kind()), e.code(), e.getMessage(), e.detailVi(), errors, e.properties(), null, request);
    }

    static HttpStatus statusOf(Refusal.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case STALE -> HttpStatus.PRECONDITION_FAILED;
            case VERSION_REQUIRED -> HttpStatus.PRECONDITION_REQUIRED;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
        };
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, MongoException.class})
    ResponseEntity<Object> storeUnavailable(Exception e, NativeWebRequest request) {
        if (e instanceof com.mongodb.MongoWriteException || e instanceof com.mongodb.MongoCommandException) {
            return unexpected(e, request);
        }
        log.warn("store unavailable: {}", e.toString());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(STORE_RETRY_AFTER_SECONDS));
        return respond(
                HttpStatus.SERVICE_UNAVAILABLE,
                "store-unavailable",
                "The data store is temporarily unavailable; nothing was stored. Retry later.",
                "Kho dữ liệu tạm thời không truy cập được; chưa có gì được lưu. Vui lòng thử lại sau.",
                List.of(),
                Map.of(),
                headers,
                request);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicate(DuplicateKeyException e, NativeWebRequest request) {
        return respond(
                HttpStatus.CONFLICT,
                "duplicate",
                "An object with the same unique key already exists",
                "Đã tồn tại đối tượng có cùng khóa duy nhất",
                List.of(),
                Map.of(),
                new HttpHeaders(),
                request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> concurrentUpdate(OptimisticLockingFailureException e, NativeWebRequest request) {
        return respond(
                HttpStatus.PRECONDITION_FAILED,
                "stale-version",
                "The object was changed by someone else; reload it and try again",
                "Đối tượng vừa được người khác thay đổi; hãy tải lại và thử lại",
                List.of(),
                Map.of(),
                new HttpHeaders(),
                request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException e, NativeWebRequest request) {
        return respond(
                HttpStatus.FORBIDDEN,
                "forbidden",
                "Your role may not perform this action",
                "Vai trò của bạn không được phép thực hiện thao tác này",
                List.of(),
                Map.of(),
                new HttpHeaders(),
                request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e, NativeWebRequest request) {
        return respond(
                HttpStatus.BAD_REQUEST,
                "validation",
                "Parameter " + e.getName() + " has the wrong type",
                "Tham số " + e.getName() + " sai kiểu dữ liệu",
                List.of(new FieldProblem(e.getName(), "has the wrong type", "sai kiểu dữ liệu")),
                Map.of(),
                new HttpHeaders(),
                request);
    }

    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<Object> badMultipart(Exception e, NativeWebRequest request) {
        if (e instanceof MaxUploadSizeExceededException) {
            return uploadTooLarge(request);
        }
        return respond(
                HttpStatus.BAD_REQUEST,
                "validation",
                "The multipart body cannot be read: " + e.getMessage(),
                "Không đọc được nội dung multipart của yêu cầu",
                List.of(new FieldProblem(
                        "body",
                        "is not a well-formed multipart/form-data body",
                        "không phải multipart/form-data hợp lệ")),
                Map.of(),
                new HttpHeaders(),
                request);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> illegalArgument(IllegalArgumentException e, NativeWebRequest request) {
        return respond(
                HttpStatus.BAD_REQUEST,
                "validation",
                e.getMessage(),
                "Yêu cầu không hợp lệ: " + e.getMessage(),
                List.of(),
                Map.of(),
                new HttpHeaders(),
                request);
    }

    ResponseEntity<Object> unexpected(Exception e, NativeWebRequest request) {
        log.error("unexpected error", e);
        return respond(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal",
                "An unexpected error occurred",
                "Đã xảy ra lỗi không mong muốn",
                List.of(),
                Map.of(),
                new HttpHeaders(),
                request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError fe : e.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(
                    jsonPath(fe.getField()),
                    fe.getDefaultMessage(),
                    ConstraintMessages.vietnamese(fe.getCode(), fe.getArguments(), fe.getDefaultMessage())));
        }
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(ge -> errors.add(new FieldProblem(
                        ge.getObjectName(),
                        ge.getDefaultMessage(),
                        ConstraintMessages.vietnamese(ge.getCode(), ge.getArguments(), ge.getDefaultMessage()))));
        return respond(
                HttpStatus.BAD_REQUEST,
                "validation",
                summary(errors),
                summaryVi(errors),
                errors,
                Map.of(),
                new HttpHeaders(),
                request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getParameterValidationResults()
                .forEach(r -> r.getResolvableErrors().forEach(err -> {
                    String name = r.getMethodParameter().getParameterName();
                    String code = err.getCodes() == null || err.getCodes().length == 0
                            ? null
                            : err.getCodes()[err.getCodes().length - 1];
                    errors.add(new FieldProblem(
                            name,
                            err.getDefaultMessage(),
                            ConstraintMessages.vietnamese(code, err.getArguments(), err.getDefaultMessage())));
                }));
        return respond(
                HttpStatus.BAD_REQUEST,
                "validation",
                summary(errors),
                summaryVi(errors),
                errors,
                Map.of(),
                new HttpHeaders(),
                request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // the most specific cause of a bad date is java.time's DateTimeParseException, which has no path: read
        // Jackson's own exception, the outermost one in the chain
        DatabindException d = causeOf(e, DatabindException.class);
        FieldProblem problem = new FieldProblem("body", "is not valid JSON", "không phải JSON hợp lệ");
        if (d instanceof TextInput.UnacceptableText t) {
            problem = new FieldProblem(path(t), t.reason(), t.reasonVi());
        } else if (d instanceof UnrecognizedPropertyException u) {
            problem = new FieldProblem(
                    path(u),
                    "is not a field of this request (it cannot be set here)",
                    "không phải là trường của yêu cầu này (không được phép gán)");
        } else if (d instanceof InvalidNullException n && !n.getPath().isEmpty()) {
            problem = new FieldProblem(path(n), "must not be null", "không được là null");
        } else if (d instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            problem = JsonInputReasons.forTarget(path(m), m.getTargetType());
        } else if (d != null && !d.getPath().isEmpty()) {
            problem = new FieldProblem(path(d), "has the wrong type or format", "sai kiểu hoặc định dạng");
        }
        List<FieldProblem> errors = List.of(problem);
        return respond(
                HttpStatus.BAD_REQUEST,
                "validation",
                summary(errors),
                summaryVi(errors),
                errors,
                Map.of(),
                new HttpHeaders(),
                request);
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return uploadTooLarge(request);
    }

    private ResponseEntity<Object> uploadTooLarge(WebRequest request) {
        return respond(
                HttpStatus.CONTENT_TOO_LARGE,
                "too-large",
                "The upload is larger than allowed",
                "Tệp tải lên vượt quá dung lượng cho phép",
                List.of(),
                Map.of(),
                new HttpHeaders(),
                request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = body instanceof ProblemDetail p && p.getDetail() != null ? p.getDetail() : e.getMessage();
        ResponseEntity<Object> r = respond(
                status,
                codeFor(status),
                detail,
                Problems.titleVi(status.value()),
                List.of(),
                Map.of(),
                headers,
                request);
        return r;
    }

    static String codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            case 400 -> "validation";
            default -> "http-" + status.value();
        };
    }

    private static String path(DatabindException e) {
        return e.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    /**
     * Bean Validation names a map entry {@code answers[A1.1]} and a list element {@code members[0]}; the JSON
     * path the client sent is {@code answers.A1.1} and {@code members[0]}, as the JSON reader's problems say.
     */
    static String jsonPath(String field) {
        return MAP_KEY.matcher(field).replaceAll(m -> "." + Matcher.quoteReplacement(m.group(1)));
    }

    private static String summary(List<FieldProblem> errors) {
        return "The request is invalid: "
                + errors.stream().map(f -> f.field() + " " + f.reason()).collect(Collectors.joining("; "));
    }

    private static String summaryVi(List<FieldProblem> errors) {
        return "Yêu cầu không hợp lệ: "
                + errors.stream().map(f -> f.field() + " " + f.reasonVi()).collect(Collectors.joining("; "));
    }

    ResponseEntity<Object> respond(
            HttpStatusCode status,
            String code,
            String detail,
            String detailVi,
            List<FieldProblem> errors,
            Map<String, Object> extra,
            HttpHeaders headers,
            WebRequest request) {
        ProblemDetail p = Problems.of(status, code, detail, detailVi, errors, extra);
        if (request instanceof ServletWebRequest swr) {
            HttpServletRequest r = swr.getRequest();
            // on the container's error dispatch the request is /error: name the one the client sent
            Object original = r.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
            p.setInstance(URI.create(original instanceof String uri ? uri : r.getRequestURI()));
        }
        HttpHeaders out = new HttpHeaders();
        if (headers != null) {
            out.putAll(headers);
        }
        out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(p, out, status);
    }
}
