package vn.ocop.dossier.reference;

import java.util.List;
import java.util.Optional;
import vn.ocop.dossier.common.DossierRefusal.UnknownReference;

/** Product sectors and sub-groups per legal basis. */
public record ProductClassifications(List<Classification> classifications) {

    public ProductClassifications {
        classifications = List.copyOf(classifications);
    }

    public Optional<Classification> of(String legalBasis) {
        return classifications.stream()
                .filter(c -> c.legalBasis().equals(legalBasis))
                .findFirst();
    }

    /** The sector of a sub-group under a legal basis; refuses a group that basis does not know. */
    public String sectorOf(String legalBasis, String groupCode) {
        return of(legalBasis)
                .flatMap(c -> c.sectorOf(groupCode))
                .orElseThrow(() -> new UnknownReference(
                        "productGroup",
                        "is not a product group of " + legalBasis,
                        "không phải nhóm sản phẩm theo " + legalBasis));
    }
}
