package vn.ocop.evaluation.criteria;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One answer a council member may pick for a criterion. {@code failsMandatory} marks the answer that
 * means "this mandatory requirement is not met" — it is a flag rather than "zero points" because a
 * sheet may give zero points to an answer that is still acceptable.
 */
public record AnswerOption(String code, LocalizedText text, BigDecimal points, boolean failsMandatory) {

    public AnswerOption {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(points, "points");
    }
}
