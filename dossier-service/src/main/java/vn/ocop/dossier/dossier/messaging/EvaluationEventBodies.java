package vn.ocop.dossier.dossier.messaging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;

/** This service's own copy of the evaluation events it reads (tolerant reader: other fields are ignored). */
public final class EvaluationEventBodies {

    private EvaluationEventBodies() {}

    public record DistrictGraded(
            @NotBlank String evaluationId,
            @NotBlank String dossierId,
            @Min(1) long version,
            @NotBlank String councilId,
            @NotNull @Min(0) @Max(100) Double score,
            @Min(1) @Max(5) int stars,
            @NotNull Boolean qualifiesForProvince,
            @NotNull Instant occurredAt,
            @NotBlank String actor) {}

    public record ProvinceGraded(
            @NotBlank String evaluationId,
            @NotBlank String dossierId,
            @Min(1) long version,
            @NotBlank String councilId,
            @NotNull @Min(0) @Max(100) Double score,
            @Min(1) @Max(5) int stars,
            @NotNull Instant occurredAt,
            @NotBlank String actor) {}

    public record ProductRecognized(
            @NotBlank String evaluationId,
            @NotBlank String dossierId,
            @Min(1) long version,
            @NotBlank String decisionNumber,
            @NotNull LocalDate decisionDate,
            String signer,
            @NotNull @Min(0) @Max(100) Double score,
            @Min(3) @Max(5) int stars,
            @NotBlank String certificateNumber,
            @NotNull LocalDate validFrom,
            @NotNull LocalDate validUntil,
            @NotNull Instant occurredAt,
            @NotBlank String actor) {}
}
