package vn.ocop.evaluation.criteria;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The sectors and sub-groups defined by one legal basis's criteria (1048: six sectors; 148: six groups). */
public record ProductClassification(String legalBasis, List<Sector> sectors) {

    public ProductClassification {
        Objects.requireNonNull(legalBasis, "legalBasis");
        sectors = List.copyOf(sectors);
        Set<String> codes = new HashSet<>();
        for (Sector sector : sectors) {
            if (!codes.add(sector.code())) {
                throw new IllegalArgumentException(legalBasis + ": sector code used twice: " + sector.code());
            }
            for (ProductGroup group : sector.groups()) {
                if (!codes.add(group.code())) {
                    throw new IllegalArgumentException(legalBasis + ": product group code used twice: " + group.code());
                }
            }
        }
    }

    public Optional<ProductGroup> group(String code) {
        return sectors.stream()
                .flatMap(s -> s.groups().stream())
                .filter(g -> g.code().equals(code))
                .findFirst();
    }

    public Optional<Sector> sectorOf(String groupCode) {
        return sectors.stream()
                .filter(s -> s.groups().stream().anyMatch(g -> g.code().equals(groupCode)))
                .findFirst();
    }

    public List<ProductGroup> groups() {
        return sectors.stream().flatMap(s -> s.groups().stream()).toList();
    }
}
