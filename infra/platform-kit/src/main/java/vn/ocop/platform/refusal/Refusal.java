package vn.ocop.platform.refusal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A use case's "no", in the domain's words: what kind of refusal it is, a stable machine code, the
 * reason for people in English and Vietnamese, the fields at fault and any facts a client can act on
 * (the allowed actions, the deadline that passed). Plain Java: the application and domain layers
 * throw it without knowing HTTP; the kit's problem advice answers it as problem+json by its kind.
 * Each service keeps a small sealed family of these for its own refusals.
 */
public abstract class Refusal extends RuntimeException {

    /** What went wrong, as a client must react to it. */
    public enum Kind {
        /** The object does not exist, or lies outside the caller's scope. */
        NOT_FOUND,
        /** The caller's role or area does not allow the action. */
        FORBIDDEN,
        /** The request itself is malformed or breaks a field rule. */
        INVALID,
        /** The action does not fit the object's current state or a concurrent change. */
        CONFLICT,
        /** The request is well-formed but the domain cannot accept it (missing documents, unknown references). */
        UNPROCESSABLE,
        /** The caller's copy is stale (If-Match did not match). */
        STALE,
        /** The change needs the caller's copy version (If-Match missing). */
        VERSION_REQUIRED,
        /** A size limit was exceeded. */
        TOO_LARGE
    }

    private final Kind kind;
    private final String code;
    private final String detailVi;
    private final List<FieldError> errors;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    protected Refusal(Kind kind, String code, String detail, String detailVi, List<FieldError> errors) {
        super(detail);
        this.kind = kind;
        this.code = code;
        this.detailVi = detailVi;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** Adds a fact the client can act on, as a member of the problem document. */
    public Refusal with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String detailVi() {
        return detailVi;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }

    /**
     * One field of a refused request and why.
     *
     * @param field    the JSON path or parameter name, e.g. {@code contact.phone}
     * @param reason   the reason in English
     * @param reasonVi the reason in Vietnamese
     */
    public record FieldError(String field, String reason, String reasonVi) {}
}
