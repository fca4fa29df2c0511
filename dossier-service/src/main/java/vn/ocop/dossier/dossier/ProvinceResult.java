package vn.ocop.dossier.dossier;

import java.time.Instant;

/** The provincial council's grade as evaluation-service reported it. */
public record ProvinceResult(
        String evaluationId, long evaluationVersion, String councilId, double score, int stars, Instant gradedAt) {}
