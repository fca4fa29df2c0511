package vn.ocop.dossier.dossier.messaging;

import java.time.Instant;
import vn.ocop.dossier.dossier.Dossier;
import vn.ocop.dossier.dossier.Origin;

/** The state every dossier event carries, so consumers need not call back (docs/events.md). */
public record DossierFields(
        String dossierId,
        long version,
        String roundId,
        int roundYear,
        String legalBasis,
        String productName,
        String productGroup,
        String sector,
        String producerId,
        String producerName,
        String provinceCode,
        String districtCode,
        String districtName,
        String communeCode,
        String communeName,
        String status,
        Instant occurredAt,
        String actor) {

    public static DossierFields of(Dossier d, String actor, Instant occurredAt) {
        Origin o = d.origin();
        return new DossierFields(
                d.id(),
                d.version(),
                o.roundId(),
                o.roundYear(),
                o.legalBasis(),
                d.productName(),
                d.productGroup(),
                d.sector(),
                o.producerId(),
                o.producerName(),
                o.provinceCode(),
                o.districtCode(),
                o.districtName(),
                o.communeCode(),
                o.communeName(),
                d.status().name(),
                occurredAt,
                actor);
    }
}
