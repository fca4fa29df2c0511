package vn.ocop.dossier.reference;

import java.util.List;
import java.util.Optional;

/** The product classification of one legal basis. */
public record Classification(String legalBasis, LocalizedText note, List<Sector> sectors) {

    public Classification {
        sectors = List.copyOf(sectors);
    }

    /** The sector code of a sub-group, if the sub-group belongs to this classification. */
    public Optional<String> sectorOf(String groupCode) {
        return sectors.stream()
                .filter(s -> s.groups().stream().anyMatch(g -> g.code().equals(groupCode)))
                .map(Sector::code)
                .findFirst();
    }
}
