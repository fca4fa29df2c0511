package vn.ocop.notification.alert.messaging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * This service's own copies of the events it reads (tolerant reader: unknown fields are ignored). Only what an alert
 * or a reminder needs is declared, and declared required, so that a record missing it goes to the DLQ instead of
 * producing a message with a hole in it.
 */
final class IncomingEvents {

    private static final String DISTRICT = "[0-9]{3}";
    private static final String COMMUNE = "[0-9]{5}";

    private IncomingEvents() {}

    /** Every {@code vn.ocop.dossier.*} event except round- and producer-events; the type-specific fields are optional here. */
    record DossierEvent(
            @NotBlank String dossierId,
            @NotNull @Positive Long version,
            @NotBlank String roundId,
            @NotNull Integer roundYear,
            @NotBlank String productName,
            @NotBlank String producerId,
            @NotBlank String producerName,
            @NotNull @Pattern(regexp = DISTRICT) String districtCode,
            @NotBlank String districtName,
            @Pattern(regexp = COMMUNE) String communeCode,
            String communeName,
            @NotNull Instant occurredAt,
            Boolean resubmission,
            List<@NotBlank String> reasons,
            BigDecimal districtScore,
            Integer districtStars,
            LocalDate districtDeadline,
            Boolean late) {}

    /** The registry's facts about a producer; a contact that speaks for it is checked against them. */
    record ProducerRegistered(
            @NotBlank String producerId,
            @NotNull @Positive Long version,
            @NotBlank String kind,
            @NotBlank String name,
            @NotBlank String registrationNumber,
            @NotNull @Pattern(regexp = DISTRICT) String districtCode,
            @Pattern(regexp = COMMUNE) String communeCode) {}

    record RoundScheduled(
            @NotBlank String roundId,
            @NotNull @Positive Long version,
            @NotNull Integer year,
            @NotNull @Positive Integer number,
            @NotNull LocalDate districtDeadline) {}

    /** Every {@code vn.ocop.evaluation.*} event; grade and certificate fields are checked per type. */
    record EvaluationEvent(
            @NotBlank String evaluationId,
            @NotBlank String dossierId,
            @NotNull @Positive Long version,
            @NotBlank String productName,
            @NotBlank String producerId,
            @NotBlank String producerName,
            @NotNull @Pattern(regexp = DISTRICT) String districtCode,
            @Pattern(regexp = COMMUNE) String communeCode,
            @NotNull Instant occurredAt,
            BigDecimal score,
            @Min(1) @Max(5) Integer stars,
            Boolean qualifiesForProvince,
            String decisionNumber,
            LocalDate decisionDate,
            String certificateNumber,
            LocalDate validFrom,
            LocalDate validUntil) {}

    record PeriodScheduled(
            @NotBlank String periodId,
            @NotNull @Positive Long version,
            @NotNull Integer year,
            @NotNull @Min(1) @Max(2) Integer half,
            @NotNull LocalDate dueDate,
            @NotEmpty List<@NotBlank String> unitCodes) {}

    record PeriodReportSubmitted(
            @NotBlank String periodId, @NotBlank String unitCode) {}

    record ReportOverdue(
            @NotBlank String periodId,
            @NotBlank String unitCode,
            @NotBlank String unitName,
            @NotNull LocalDate dueDate,
            @NotNull Instant occurredAt) {}

    record TaskOverdue(
            @NotBlank String taskId,
            @NotBlank String title,
            @NotBlank String ownerUnitCode,
            @NotNull LocalDate dueDate,
            @NotNull Instant occurredAt) {}
}
