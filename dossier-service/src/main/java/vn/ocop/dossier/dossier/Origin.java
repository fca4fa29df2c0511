package vn.ocop.dossier.dossier;

/**
 * Who files the dossier, where, in which round and under which legal basis — copied from the
 * producer, the round and the reference data when the dossier is created, never from the request.
 */
public record Origin(
        String roundId,
        int roundYear,
        String legalBasis,
        String producerId,
        String producerName,
        String provinceCode,
        String districtCode,
        String districtName,
        String communeCode,
        String communeName) {}
