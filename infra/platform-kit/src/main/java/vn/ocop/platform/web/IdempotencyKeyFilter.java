package vn.ocop.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.security.OcopUserArgumentResolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Date;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on POST: the first request with a key is processed and its response
 * stored; a retry with the same key (same caller, same path) gets the stored response back and
 * changes nothing. The same key with a different body is refused (422); a retry while the first
 * is still running gets 409. Server errors are not stored, so the client can retry them.
 */
public class IdempotencyKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    static final String COLLECTION = "idempotency_keys";
    private static final Pattern VALID_KEY = Pattern.compile("[A-Za-z0-9._:\\-]{8,128}");

    private final MongoTemplate mongo;
    private final ProblemWriter problems;
    private final Clock clock;
    private final long maxBodyBytes;

    public IdempotencyKeyFilter(MongoTemplate mongo, ProblemWriter problems, Clock clock, long maxBodyBytes) {
        this.mongo = mongo;
        this.problems = problems;
        this.clock = clock;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "validation",
                    "Idempotency-Key must be 8 to 128 characters of letters, digits and . _ : -",
                    "Idempotency-Key phải dài 8 đến 128 ký tự gồm chữ, số và . _ : -",
                    Map.of("errors", java.util.List.of(new FieldProblem(HEADER, "has an invalid format",
                            "sai định dạng"))));
            return;
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            chain.doFilter(request, response); // the size limit answers; nothing to replay
            return;
        }
        CachedBodyRequest cached = new CachedBodyRequest(request, request.getInputStream().readAllBytes());
        OcopUser user = OcopUserArgumentResolver.current();
        String id = sha256((user == null ? "-" : user.id()) + "\n" + request.getRequestURI() + "\n" + key);
        String bodyHash = sha256(cached.body());

        Document existing = mongo.findById(id, Document.class, COLLECTION);
        if (existing != null) {
            replayOrRefuse(existing, bodyHash, request, response);
            return;
        }
        try {
            mongo.insert(new Document("_id", id).append("state", "PENDING").append("bodyHash", bodyHash)
                    .append("createdAt", Date.from(clock.instant())), COLLECTION);
        } catch (DuplicateKeyException race) {
            replayOrRefuse(mongo.findById(id, Document.class, COLLECTION), bodyHash, request, response);
            return;
        }

        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(cached, wrapper);
            int status = wrapper.getStatus();
            if (status < 500) {
                Document done = new Document("state", "DONE").append("status", status)
                        .append("contentType", wrapper.getContentType())
                        .append("location", wrapper.getHeader(HttpHeaders.LOCATION))
                        .append("etag", wrapper.getHeader(HttpHeaders.ETAG))
                        .append("body", new Binary(wrapper.getContentAsByteArray()));
                mongo.getCollection(COLLECTION).updateOne(new Document("_id", id), new Document("$set", done));
                stored = true;
            }
        } finally {
            if (!stored) {
                mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION);
            }
            wrapper.copyBodyToResponse();
        }
    }

    private void replayOrRefuse(Document existing, String bodyHash, HttpServletRequest request,
                                HttpServletResponse response) throws IOException {
        if (existing == null || !"DONE".equals(existing.getString("state"))) {
            problems.write(request, response, HttpStatus.CONFLICT, "idempotency-in-progress",
                    "A request with this Idempotency-Key is still being processed; retry shortly",
                    "Yêu cầu với Idempotency-Key này đang được xử lý; vui lòng thử lại sau giây lát");
            return;
        }
        if (!bodyHash.equals(existing.getString("bodyHash"))) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    "This Idempotency-Key was already used with a different request body",
                    "Idempotency-Key này đã được dùng cho một yêu cầu có nội dung khác");
            return;
        }
        response.setStatus(existing.getInteger("status"));
        if (existing.getString("contentType") != null) {
            response.setContentType(existing.getString("contentType"));
        }
        if (existing.getString("location") != null) {
            response.setHeader(HttpHeaders.LOCATION, existing.getString("location"));
        }
        if (existing.getString("etag") != null) {
            response.setHeader(HttpHeaders.ETAG, existing.getString("etag"));
        }
        response.setHeader("Idempotency-Replayed", "true");
        Object body = existing.get("body");
        byte[] bytes = body instanceof Binary b ? b.getData() : body instanceof byte[] a ? a : new byte[0];
        response.getOutputStream().write(bytes);
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
