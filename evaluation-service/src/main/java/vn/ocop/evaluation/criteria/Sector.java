package vn.ocop.evaluation.criteria;

import java.util.List;
import java.util.Objects;

/** A sector (1048: ngành) or group (148: nhóm) with its sub-groups. */
public record Sector(String code, LocalizedText name, List<ProductGroup> groups) {

    public Sector {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        groups = List.copyOf(groups);
    }
}
