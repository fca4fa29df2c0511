package vn.ocop.client;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * An RFC 9457 problem+json answer as the services write it: a stable {@code code}, the English {@code detail},
 * the Vietnamese {@code detail_vi}, the refused fields, and the whole document for extra members.
 *
 * @param status   the HTTP status
 * @param code     the stable problem code, e.g. {@code validation}, {@code stale-version}
 * @param title    the problem title
 * @param detail   the English detail
 * @param detailVi the Vietnamese detail
 * @param errors   the refused fields (empty when none)
 * @param document the whole problem document (extra members such as {@code allowedActions})
 */
public record Problem(
        int status,
        String code,
        String title,
        String detail,
        String detailVi,
        List<FieldError> errors,
        JsonNode document) {

    /** One refused field and why, in English and Vietnamese. */
    public record FieldError(String field, String reason, String reasonVi) {}

    public Problem {
        errors = List.copyOf(errors);
    }

    /** The problem in {@code document}; {@code status} when the document names none. */
    public static Problem of(int status, JsonNode document) {
        List<FieldError> errors = new ArrayList<>();
        document.path("errors")
                .forEach(e -> errors.add(new FieldError(text(e, "field"), text(e, "reason"), text(e, "reason_vi"))));
        return new Problem(
                document.path("status").asInt(status),
                text(document, "code"),
                text(document, "title"),
                text(document, "detail"),
                text(document, "detail_vi"),
                errors,
                document);
    }

    /** The refused field named {@code field}, if any. */
    public java.util.Optional<FieldError> error(String field) {
        return errors.stream().filter(e -> field.equals(e.field())).findFirst();
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asString();
    }
}
