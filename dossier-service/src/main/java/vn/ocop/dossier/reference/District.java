package vn.ocop.dossier.reference;

import java.util.List;
import java.util.Optional;

/**
 * A district-level unit with its 3-digit GSO code. {@code communeOptional} marks a district whose
 * producers may hang directly under it, without a commune (Lý Sơn from 2020).
 */
public record District(String code, String name, String type, boolean communeOptional, List<Commune> communes) {

    public District {
        communes = communes == null ? List.of() : List.copyOf(communes);
    }

    public Optional<Commune> commune(String communeCode) {
        return communes.stream().filter(c -> c.code().equals(communeCode)).findFirst();
    }
}
