package vn.ocop.dossier.reference;

/** A commune-level unit (xã, phường, thị trấn) with its 5-digit GSO code. */
public record Commune(String code, String name, String type) {}
