package vn.ocop.evaluation.criteria;

/** The administrative level at which a council grades or an authority recognises a product. */
public enum GradingLevel {
    COMMUNE,
    DISTRICT,
    PROVINCE,
    CENTRAL
}
