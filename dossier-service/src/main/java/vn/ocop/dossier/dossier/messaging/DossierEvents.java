package vn.ocop.dossier.dossier.messaging;

import org.springframework.stereotype.Component;
import vn.ocop.dossier.dossier.Dossier;
import vn.ocop.platform.events.EventFactory;
import vn.ocop.platform.events.OutboxEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Creates the outbox entries of dossier changes (topic ocop.dossier.events, key = dossier id). */
@Component
public class DossierEvents {

    public static final String TOPIC = "ocop.dossier.events";
    public static final String SUBMITTED = "vn.ocop.dossier.submitted.v1";
    public static final String RETURNED = "vn.ocop.dossier.returned.v1";
    public static final String ACCEPTED = "vn.ocop.dossier.accepted.v1";
    public static final String FORWARDED = "vn.ocop.dossier.forwarded.v1";
    public static final String WITHDRAWN = "vn.ocop.dossier.withdrawn.v1";

    private final EventFactory events;

    public DossierEvents(EventFactory events) {
        this.events = events;
    }

    public OutboxEntry submitted(Dossier d, boolean resubmission, String actor, Instant at) {
        return create(SUBMITTED, d, new DossierEventBodies.DossierSubmitted(DossierFields.of(d, actor, at),
                resubmission));
    }

    public OutboxEntry returned(Dossier d, List<String> reasons, String actor, Instant at) {
        return create(RETURNED, d, new DossierEventBodies.DossierReturned(DossierFields.of(d, actor, at), reasons));
    }

    public OutboxEntry accepted(Dossier d, String actor, Instant at) {
        return create(ACCEPTED, d, new DossierEventBodies.DossierAccepted(DossierFields.of(d, actor, at)));
    }

    public OutboxEntry forwarded(Dossier d, LocalDate deadline, boolean late, String actor, Instant at) {
        return create(FORWARDED, d, new DossierEventBodies.DossierForwarded(DossierFields.of(d, actor, at),
                d.districtResult().score(), d.districtResult().stars(), deadline, late));
    }

    public OutboxEntry withdrawn(Dossier d, String reason, String actor, Instant at) {
        return create(WITHDRAWN, d, new DossierEventBodies.DossierWithdrawn(DossierFields.of(d, actor, at), reason));
    }

    private OutboxEntry create(String type, Dossier d, Object body) {
        return events.create(TOPIC, type, d.id(), body);
    }
}
