package vn.ocop.evaluation.criteria;

import java.util.Objects;

/** A product sub-group (e.g. FOOD_FRESH); the sub-group decides which score sheet applies. */
public record ProductGroup(String code, LocalizedText name) {

    public ProductGroup {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
