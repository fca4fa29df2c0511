package vn.ocop.dossier.reference;

/** Everything the service reads from data rather than code. */
public record ReferenceData(
        AdministrativeUnits units,
        ProductClassifications classifications,
        LegalBases legalBases,
        Checklists checklists) {}
