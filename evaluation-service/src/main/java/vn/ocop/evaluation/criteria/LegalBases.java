package vn.ocop.evaluation.criteria;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** All legal bases known to the system, looked up by code or by the date an evaluation takes place. */
public final class LegalBases {

    private final List<LegalBasis> byStart;

    public LegalBases(List<LegalBasis> bases) {
        this.byStart = bases.stream()
                .sorted(Comparator.comparing(LegalBasis::effectiveFrom))
                .toList();
        for (int i = 1; i < byStart.size(); i++) {
            LegalBasis earlier = byStart.get(i - 1);
            LegalBasis later = byStart.get(i);
            if (earlier.effectiveUntil() == null || !earlier.effectiveUntil().isBefore(later.effectiveFrom())) {
                throw new IllegalArgumentException(earlier.code() + " overlaps " + later.code());
            }
        }
        long distinct = byStart.stream().map(LegalBasis::code).distinct().count();
        if (distinct != byStart.size()) {
            throw new IllegalArgumentException("legal basis codes must be unique");
        }
        for (LegalBasis basis : byStart) {
            if (byCode(basis.criteriaBasis()).isEmpty()) {
                throw new IllegalArgumentException(
                        basis.code() + " takes its criteria from unknown " + basis.criteriaBasis());
            }
        }
    }

    public Optional<LegalBasis> byCode(String code) {
        return byStart.stream().filter(b -> b.code().equals(code)).findFirst();
    }

    public LegalBasis require(String code) {
        return byCode(code).orElseThrow(() -> new IllegalArgumentException("unknown legal basis " + code));
    }

    /** The legal basis in force on a day (province calendar); empty before the programme's rules began. */
    public Optional<LegalBasis> inForceOn(LocalDate date) {
        return byStart.stream().filter(b -> b.isInForceOn(date)).findFirst();
    }

    public List<LegalBasis> all() {
        return byStart;
    }
}
