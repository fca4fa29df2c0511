package vn.ocop.dossier.reference;

/** A kind of document a dossier may hold (registration form, business plan, …). */
public record DocumentType(String code, LocalizedText name) {}
