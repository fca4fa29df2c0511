package vn.ocop.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.security.OcopUserArgumentResolver;

/**
 * {@code Idempotency-Key} on POST: the first request with a key is processed and its response
 * stored; a retry with the same key (same caller, same path) gets the stored response back and
 * changes nothing. The same key with a different body is refused (422); a retry while the first
 * is still running gets 409. Server errors are not stored, so the client can retry them.
 * <p>
 * Entries expire: a stored response after {@code ttl} (24 h by default; it may hold personal data
 * of the response, which must not be kept longer), a PENDING entry left by a crashed request after
 * {@code pendingTimeout}. A TTL index lets MongoDB delete them; the filter never trusts an expired
 * entry either (the embedded store does not delete), so a later request with the key proceeds.
 * A multipart body is hashed part by part through the container's own parser, which keeps the
 * parts readable for the handler (a raw copy of the stream would leave the parser nothing).
 */
public class IdempotencyKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    static final String COLLECTION = "idempotency_keys";
    static final String EXPIRES_AT = "expiresAt";
    private static final Pattern VALID_KEY = Pattern.compile("[A-Za-z0-9._:\\-]{8,128}");

    private final MongoTemplate mongo;
    private final ProblemWriter problems;
    private final Clock clock;
    private final long maxBodyBytes;
    private final Duration ttl;
    private final Duration pendingTimeout;

    public IdempotencyKeyFilter(
            MongoTemplate mongo,
            ProblemWriter problems,
            Clock clock,
            long maxBodyBytes,
            Duration ttl,
            Duration pendingTimeout) {
        this.mongo = mongo;
        this.problems = problems;
        this.clock = clock;
        this.maxBodyBytes = maxBodyBytes;
        this.ttl = ttl;
        this.pendingTimeout = pendingTimeout;
        mongo.indexOps(COLLECTION)
                .createIndex(new Index()
                        .on(EXPIRES_AT, Sort.Direction.ASC)
                        .expire(Duration.ZERO)
                        .named(EXPIRES_AT + "_ttl"));
        // entries written before entries expired: from now on they go with the TTL too
        mongo.getCollection(COLLECTION)
                .updateMany(
                        new Document(EXPIRES_AT, new Document("$exists", false)),
                        new Document(
                                "$set",
                                new Document(
                                        EXPIRES_AT, Date.from(clock.instant().plus(ttl)))));
    }

    /** The stored entry's id: the caller, the path and the key, hashed. */
    public static String entryId(String callerId, String path, String key) {
        return sha256((callerId == null ? "-" : callerId) + "\n" + path + "\n" + key);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            problems.write(
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    "Idempotency-Key must be 8 to 128 characters of letters, digits and . _ : -",
                    "Idempotency-Key phải dài 8 đến 128 ký tự gồm chữ, số và . _ : -",
                    Map.of(
                            "errors",
                            java.util.List.of(new FieldProblem(HEADER, "has an invalid format", "sai định dạng"))));
            return;
        }
        HttpServletRequest forwarded = request;
        String bodyHash;
        if (isMultipartForm(request)) {
            bodyHash = multipartHash(request);
            if (bodyHash == null) {
                chain.doFilter(request, response); // the multipart resolver meets the same fault and answers it
                return;
            }
        } else {
            if (request.getContentLengthLong() > maxBodyBytes) {
                chain.doFilter(request, response); // the size limit answers; nothing to replay
                return;
            }
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (body.length > maxBodyBytes) { // a chunked body without Content-Length, beyond the bound
                problems.write(
                        request,
                        response,
                        HttpStatus.CONTENT_TOO_LARGE,
                        "too-large",
                        "The request body is larger than allowed",
                        "Nội dung yêu cầu vượt quá dung lượng cho phép");
                return;
            }
            forwarded = new CachedBodyRequest(request, body);
            bodyHash = sha256(body);
        }
        OcopUser user = OcopUserArgumentResolver.current();
        String id = entryId(user == null ? null : user.id(), request.getRequestURI(), key);

        Instant now = clock.instant();
        Document existing = mongo.findById(id, Document.class, COLLECTION);
        if (existing != null && !expired(existing, now)) {
            replayOrRefuse(existing, bodyHash, request, response);
            return;
        }
        String attempt = UUID.randomUUID().toString();
        Document pending = new Document("_id", id)
                .append("state", "PENDING")
                .append("attempt", attempt)
                .append("bodyHash", bodyHash)
                .append("createdAt", Date.from(now))
                .append(EXPIRES_AT, Date.from(now.plus(pendingTimeout)));
        if (!claim(existing, pending)) {
            replayOrRefuse(mongo.findById(id, Document.class, COLLECTION), bodyHash, request, response);
            return;
        }

        Document mine = new Document("_id", id).append("attempt", attempt);
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(forwarded, wrapper);
            int status = wrapper.getStatus();
            if (status < 500) {
                Document done = new Document("state", "DONE")
                        .append("status", status)
                        .append("contentType", wrapper.getContentType())
                        .append("location", wrapper.getHeader(HttpHeaders.LOCATION))
                        .append("etag", wrapper.getHeader(HttpHeaders.ETAG))
                        .append("body", new Binary(wrapper.getContentAsByteArray()))
                        .append(EXPIRES_AT, Date.from(clock.instant().plus(ttl)));
                mongo.getCollection(COLLECTION).updateOne(mine, new Document("$set", done));
                stored = true;
            }
        } finally {
            if (!stored) {
                mongo.getCollection(COLLECTION).deleteOne(mine);
            }
            wrapper.copyBodyToResponse();
        }
    }

    /** Takes the key for this request: a new entry, or in place of the expired one read (if nobody took it first). */
    private boolean claim(Document expired, Document pending) {
        if (expired == null) {
            try {
                mongo.insert(pending, COLLECTION);
                return true;
            } catch (DuplicateKeyException race) {
                return false;
            }
        }
        Document unchanged = new Document("_id", expired.get("_id")).append(EXPIRES_AT, expired.get(EXPIRES_AT));
        return mongo.getCollection(COLLECTION).replaceOne(unchanged, pending).getModifiedCount() == 1;
    }

    private boolean expired(Document entry, Instant now) {
        Date expiresAt = entry.getDate(EXPIRES_AT);
        Date createdAt = entry.getDate("createdAt");
        Instant end = expiresAt != null
                ? expiresAt.toInstant()
                : createdAt != null ? createdAt.toInstant().plus(ttl) : Instant.MIN;
        return !now.isBefore(end);
    }

    private static boolean isMultipartForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** Name, file name, type and content of every part, in order; null when the parts cannot be read. */
    private static String multipartHash(HttpServletRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Part part : request.getParts()) {
                for (String text : new String[] {part.getName(), part.getSubmittedFileName(), part.getContentType()}) {
                    digest.update(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
                try (InputStream in = new DigestInputStream(part.getInputStream(), digest)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | ServletException | IllegalStateException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void replayOrRefuse(
            Document existing, String bodyHash, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (existing == null || !"DONE".equals(existing.getString("state"))) {
            problems.write(
                    request,
                    response,
                    HttpStatus.CONFLICT,
                    "idempotency-in-progress",
                    "A request with this Idempotency-Key is still being processed; retry shortly",
                    "Yêu cầu với Idempotency-Key này đang được xử lý; vui lòng thử lại sau giây lát");
            return;
        }
        if (!bodyHash.equals(existing.getString("bodyHash"))) {
            problems.write(
                    request,
                    response,
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "idempotency-key-reused",
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
