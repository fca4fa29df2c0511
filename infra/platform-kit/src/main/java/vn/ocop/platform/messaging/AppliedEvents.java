package vn.ocop.platform.messaging;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Consumer idempotency inside one document: the ids of the last events applied to a document are
 * kept in the document itself, so "apply the effect" and "remember it was applied" are one
 * atomic single-document write.
 */
public final class AppliedEvents {

    public static final String FIELD = "appliedEvents";
    private static final int KEEP = 50;

    private AppliedEvents() {}

    /** Matches only documents that have not yet applied this event. */
    public static Criteria notYetApplied(String eventId) {
        return Criteria.where(FIELD).ne(eventId);
    }

    /** Adds the event id to the update, keeping the most recent ids only. */
    public static Update markApplied(Update update, String eventId) {
        return update.push(FIELD).slice(-KEEP).each(eventId);
    }
}
