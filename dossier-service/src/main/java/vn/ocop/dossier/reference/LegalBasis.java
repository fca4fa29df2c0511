package vn.ocop.dossier.reference;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A legal basis of the OCOP procedure and the district score a dossier needs to be forwarded.
 *
 * @param effectiveUntil last day in force (inclusive), or null while still in force
 */
public record LegalBasis(
        String code,
        LocalizedText title,
        LocalDate effectiveFrom,
        LocalDate effectiveUntil,
        BigDecimal forwardThreshold) {

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveUntil == null || !day.isAfter(effectiveUntil));
    }
}
