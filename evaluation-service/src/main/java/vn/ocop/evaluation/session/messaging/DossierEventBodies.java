package vn.ocop.evaluation.session.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Instant;
import vn.ocop.evaluation.session.Product;

/**
 * This service's own copy of the dossier events it reads (tolerant reader: unknown fields are ignored).
 * A body breaking these constraints is poison and goes to the dead-letter topic.
 */
final class DossierEventBodies {

    private DossierEventBodies() {}

    /** The dossier fields this service keeps; the others in the contract are ignored. */
    interface DossierFields {
        String dossierId();

        String roundId();

        Integer roundYear();

        String legalBasis();

        String productName();

        String productGroup();

        String sector();

        String producerId();

        String producerName();

        String districtCode();

        String districtName();

        String communeCode();

        String communeName();

        String actor();

        Instant occurredAt();

        default Product product() {
            return new Product(
                    roundId(),
                    roundYear(),
                    legalBasis(),
                    productName(),
                    productGroup(),
                    sector(),
                    producerId(),
                    producerName(),
                    districtCode(),
                    districtName(),
                    communeCode(),
                    communeName());
        }
    }

    record DossierAccepted(
            @NotBlank String dossierId,
            @NotBlank String roundId,
            @NotNull Integer roundYear,
            @NotBlank String legalBasis,
            @NotBlank String productName,
            @NotBlank String productGroup,
            @NotBlank String sector,
            @NotBlank String producerId,
            @NotBlank String producerName,
            @NotBlank @Pattern(regexp = "[0-9]{3}") String districtCode,
            String districtName,
            String communeCode,
            String communeName,
            @NotBlank String actor,
            @NotNull Instant occurredAt)
            implements DossierFields {}

    record DossierForwarded(
            @NotBlank String dossierId,
            @NotBlank String roundId,
            @NotNull Integer roundYear,
            @NotBlank String legalBasis,
            @NotBlank String productName,
            @NotBlank String productGroup,
            @NotBlank String sector,
            @NotBlank String producerId,
            @NotBlank String producerName,
            @NotBlank @Pattern(regexp = "[0-9]{3}") String districtCode,
            String districtName,
            String communeCode,
            String communeName,
            @NotBlank String actor,
            @NotNull Instant occurredAt,
            BigDecimal districtScore,
            Integer districtStars)
            implements DossierFields {}

    record DossierWithdrawn(
            @NotBlank String dossierId,
            @NotBlank String actor,
            @NotNull Instant occurredAt,
            String reason) {}
}
