package vn.ocop.evaluation.grading;

/** Roles in an evaluation council; every role scores (the secretary is a full member in provincial rules). */
public enum CouncilRole {
    CHAIR,
    VICE_CHAIR,
    MEMBER,
    SECRETARY
}
