package vn.ocop.dossier.dossier;

import java.time.LocalDate;

/** The recognition decision and the certificate it issued. */
public record Recognition(
        String evaluationId,
        long evaluationVersion,
        String decisionNumber,
        LocalDate decisionDate,
        String signer,
        double score,
        int stars,
        String certificateNumber,
        LocalDate validFrom,
        LocalDate validUntil) {}
