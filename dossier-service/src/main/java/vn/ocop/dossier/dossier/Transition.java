package vn.ocop.dossier.dossier;

import java.time.Instant;
import java.util.List;

/** One status change: from, to, by whom, when and why. */
public record Transition(
        DossierStatus from, DossierStatus to, DossierAction action, String actor, Instant at, List<String> reasons) {
    public Transition {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
