package vn.ocop.evaluation.session;

import java.util.Objects;

/**
 * The product being graded, as the dossier events carried it (event-carried state: the evaluation
 * never calls the dossier service back).
 */
public record Product(
        String roundId,
        int roundYear,
        String legalBasis,
        String productName,
        String productGroup,
        String sector,
        String producerId,
        String producerName,
        String districtCode,
        String districtName,
        String communeCode,
        String communeName) {

    public Product {
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(productGroup, "productGroup");
        Objects.requireNonNull(producerId, "producerId");
        Objects.requireNonNull(districtCode, "districtCode");
    }
}
