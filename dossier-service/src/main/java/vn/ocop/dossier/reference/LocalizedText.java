package vn.ocop.dossier.reference;

/** A label in Vietnamese and English. */
public record LocalizedText(String vi, String en) {}
