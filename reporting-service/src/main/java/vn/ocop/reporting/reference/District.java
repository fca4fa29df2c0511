package vn.ocop.reporting.reference;

/** A district-level unit of Quảng Ngãi (GSO code, official name). */
public record District(String code, String name) {}
