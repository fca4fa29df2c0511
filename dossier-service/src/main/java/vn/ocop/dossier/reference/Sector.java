package vn.ocop.dossier.reference;

import java.util.List;

/** An OCOP sector (ngành) or group of Decision 148 (e.g. FOOD) and its sub-groups. */
public record Sector(String code, LocalizedText name, List<ProductGroup> groups) {
    public Sector {
        groups = List.copyOf(groups);
    }
}
