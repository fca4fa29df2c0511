package vn.ocop.dossier.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a lifecycle step of a dossier did, as the aggregate reports it; messaging turns each into its event. */
public sealed interface DossierChange {

    String actor();

    Instant at();

    record Submitted(boolean resubmission, String actor, Instant at) implements DossierChange {}

    record Returned(List<String> reasons, String actor, Instant at) implements DossierChange {}

    record Accepted(String actor, Instant at) implements DossierChange {}

    /** Forwarded to the province; late when after the district deadline, under the province's exception. */
    record Forwarded(LocalDate deadline, boolean late, String actor, Instant at) implements DossierChange {}

    record Withdrawn(String reason, String actor, Instant at) implements DossierChange {}
}
