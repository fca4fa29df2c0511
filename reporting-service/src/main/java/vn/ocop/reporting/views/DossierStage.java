package vn.ocop.reporting.views;

/** The steps a dossier can reach, in pipeline order; the funnel counts the dossiers that reached each one. */
public enum DossierStage {
    SUBMITTED,
    RETURNED,
    ACCEPTED,
    DISTRICT_GRADED,
    FORWARDED,
    PROVINCE_GRADED,
    RECOGNIZED,
    WITHDRAWN
}
