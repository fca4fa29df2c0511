package vn.ocop.reporting.views.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** This consumer's own copies of the events it reads (tolerant reader: unknown fields are ignored). */
public final class EventBodies {

    private EventBodies() {}

    /** Every vn.ocop.dossier.* event but round-scheduled: DossierFields plus the type's extras. */
    public record DossierEvent(
            @NotBlank String dossierId,
            @NotNull @Positive Long version,
            @NotBlank String roundId,
            Integer roundYear,
            String legalBasis,
            @NotBlank String productName,
            String productGroup,
            String sector,
            String producerId,
            String producerName,
            @NotBlank String districtCode,
            String districtName,
            String communeCode,
            String communeName,
            @NotBlank String status,
            @NotNull Instant occurredAt,
            String actor,
            Boolean resubmission,
            List<String> reasons,
            BigDecimal districtScore,
            Integer districtStars,
            LocalDate districtDeadline,
            Boolean late,
            String reason) {}

    public record RoundScheduled(
            @NotBlank String roundId,
            @NotNull @Positive Long version,
            @NotNull Integer year,
            @NotNull Integer number,
            String legalBasis,
            @NotNull LocalDate districtDeadline,
            LocalDate provinceDeadline,
            Boolean open,
            Instant occurredAt,
            String actor) {}

    /** Every vn.ocop.evaluation.* event: the common evaluation fields plus the type's extras. */
    public record EvaluationEvent(
            String evaluationId,
            @NotBlank String dossierId,
            @NotNull @Positive Long version,
            String roundId,
            String legalBasis,
            String productName,
            String productGroup,
            String sector,
            String producerId,
            String producerName,
            @NotBlank String districtCode,
            String communeCode,
            @NotNull Instant occurredAt,
            String actor,
            String councilId,
            BigDecimal score,
            Integer stars,
            Boolean qualifiesForProvince,
            String decisionNumber,
            LocalDate decisionDate,
            String signer,
            String certificateNumber,
            LocalDate validFrom,
            LocalDate validUntil) {}

    /** Reporting and notification events only tell this consumer that readers may want a refresh. */
    public record AnyEvent(String periodId, String taskId, String deliveryId) {}
}
