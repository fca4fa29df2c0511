package vn.ocop.dossier.producer.application;

/** List filters; null means "any". */
public record ProducerFilter(String districtCode, String communeCode, String kind, String q) {}
