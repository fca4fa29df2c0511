package vn.ocop.dossier.dossier.application;

/** What a client chooses when opening a dossier; where, who and under which basis come from the data. */
public record NewDossier(
        String roundId, String producerId, String productName, String productGroup, String description) {}
