package vn.ocop.dossier.dossier.messaging;

import org.springframework.stereotype.Component;
import vn.ocop.dossier.dossier.Dossier;
import vn.ocop.dossier.dossier.DossierChange;
import vn.ocop.platform.events.EventFactory;
import vn.ocop.platform.events.OutboxEntry;

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

    /** The event of what the dossier reported it did. */
    public OutboxEntry of(Dossier d, DossierChange change) {
        DossierFields fields = DossierFields.of(d, change.actor(), change.at());
        if (change instanceof DossierChange.Submitted s) {
            return create(SUBMITTED, d, new DossierEventBodies.DossierSubmitted(fields, s.resubmission()));
        }
        if (change instanceof DossierChange.Returned r) {
            return create(RETURNED, d, new DossierEventBodies.DossierReturned(fields, r.reasons()));
        }
        if (change instanceof DossierChange.Accepted) {
            return create(ACCEPTED, d, new DossierEventBodies.DossierAccepted(fields));
        }
        if (change instanceof DossierChange.Forwarded f) {
            return create(
                    FORWARDED,
                    d,
                    new DossierEventBodies.DossierForwarded(
                            fields,
                            d.districtResult().score(),
                            d.districtResult().stars(),
                            f.deadline(),
                            f.late()));
        }
        DossierChange.Withdrawn w = (DossierChange.Withdrawn) change;
        return create(WITHDRAWN, d, new DossierEventBodies.DossierWithdrawn(fields, w.reason()));
    }

    private OutboxEntry create(String type, Dossier d, Object body) {
        return events.create(TOPIC, type, d.id(), body);
    }
}
