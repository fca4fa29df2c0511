package vn.ocop.evaluation.grading;

import java.util.List;

/** The council cannot finalise its result; every reason is listed so the secretary can act on all at once. */
public class CouncilResultRefused extends RuntimeException {

    private final transient List<Refusal> refusals;

    public CouncilResultRefused(List<Refusal> refusals) {
        super("council result refused: " + refusals);
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    public List<Refusal.Kind> kinds() {
        return refusals.stream().map(Refusal::kind).toList();
    }
}
