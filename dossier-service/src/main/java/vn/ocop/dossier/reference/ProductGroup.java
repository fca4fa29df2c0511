package vn.ocop.dossier.reference;

/** A product sub-group (e.g. FOOD_FRESH); it decides the checklist and the score sheet. */
public record ProductGroup(String code, LocalizedText name) {}
