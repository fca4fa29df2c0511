package vn.ocop.dossier.producer;

/** Kinds of OCOP producer (chủ thể OCOP). */
public enum ProducerKind {
    COOPERATIVE,
    ENTERPRISE,
    COOPERATIVE_GROUP,
    HOUSEHOLD
}
