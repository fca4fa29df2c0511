package vn.ocop.evaluation.session;

/** Where an evaluation stands: waiting for a council, in session, graded, then recognised or proposed to the centre. */
public enum EvaluationStatus {
    AWAITING_COUNCIL,
    IN_SESSION,
    GRADED,
    RECOGNISED,
    PROPOSED_TO_CENTRE,
    CANCELLED;

    /** The council has closed: results (and every member's sheet) may be shown. */
    public boolean councilClosed() {
        return this == GRADED || this == RECOGNISED || this == PROPOSED_TO_CENTRE;
    }
}
