package vn.ocop.platform.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One field of a refused request and why, in English and Vietnamese.
 *
 * @param field    the JSON path or parameter name, e.g. {@code contact.phone}
 * @param reason   the reason in English
 * @param reasonVi the reason in Vietnamese
 */
public record FieldProblem(
        String field,
        String reason,
        @JsonProperty("reason_vi") String reasonVi) {}
