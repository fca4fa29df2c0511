package vn.ocop.dossier.dossier;

import java.time.Instant;

/** The district council's grade as evaluation-service reported it. */
public record DistrictResult(
        String evaluationId,
        long evaluationVersion,
        String councilId,
        double score,
        int stars,
        boolean qualifiesForProvince,
        Instant gradedAt) {}
