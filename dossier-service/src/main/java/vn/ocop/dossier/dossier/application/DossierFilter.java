package vn.ocop.dossier.dossier.application;

/** List filters; null means "any". */
public record DossierFilter(
        String roundId,
        String districtCode,
        String communeCode,
        String productGroup,
        String status,
        String producerId,
        String q) {}
