package vn.ocop.evaluation.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The grading rules of one period (1048/2019, 148/2023, 148 as amended by 1489/2025), held as data so
 * that a new period is a data change rather than new code.
 *
 * @param effectiveUntil        last day in force (inclusive); null while still in force
 * @param criteriaBasis         the legal basis whose score sheets apply (1489 keeps the 148 sheets)
 * @param firstLevel            the level that pre-grades and forwards (district, or commune after 2025)
 * @param forwardThreshold      a first-level score at or above this goes on to the province
 * @param recognition           which level recognises which star counts
 * @param fiveStarProposal      a provincial score at or above this is proposed to the centre for 5★
 */
public record LegalBasis(
        String code,
        LocalizedText title,
        LocalDate effectiveFrom,
        LocalDate effectiveUntil,
        String criteriaBasis,
        Map<PartCode, BigDecimal> partMaxima,
        StarBands starBands,
        GradingLevel firstLevel,
        BigDecimal forwardThreshold,
        Map<GradingLevel, Set<Integer>> recognition,
        BigDecimal fiveStarProposal,
        CertificateTerms certificateTerms,
        LocalizedText notes) {

    public LegalBasis {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(criteriaBasis, "criteriaBasis");
        Objects.requireNonNull(starBands, "starBands");
        Objects.requireNonNull(firstLevel, "firstLevel");
        Objects.requireNonNull(forwardThreshold, "forwardThreshold");
        Objects.requireNonNull(fiveStarProposal, "fiveStarProposal");
        Objects.requireNonNull(certificateTerms, "certificateTerms");
        if (effectiveUntil != null && effectiveUntil.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException(code + " ends before it starts");
        }
        if (!partMaxima.keySet().equals(Set.of(PartCode.values()))) {
            throw new IllegalArgumentException(code + " must give a maximum for parts A, B and C");
        }
        partMaxima = Map.copyOf(new EnumMap<>(partMaxima));
        recognition = Map.copyOf(recognition);
    }

    public boolean isInForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveUntil == null || !date.isAfter(effectiveUntil));
    }

    public BigDecimal partMaximum(PartCode part) {
        return partMaxima.get(part);
    }

    public BigDecimal totalMaximum() {
        return partMaxima.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The level whose authority recognises a product with this many stars, if any does. */
    public Optional<GradingLevel> recognisedAt(int stars) {
        return recognition.entrySet().stream()
                .filter(e -> e.getValue().contains(stars))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
