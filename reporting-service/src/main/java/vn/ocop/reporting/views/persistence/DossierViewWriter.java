package vn.ocop.reporting.views.persistence;

import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.ocop.reporting.views.DossierChange;
import vn.ocop.reporting.views.DossierStage;
import vn.ocop.reporting.views.application.ViewWrites;

/**
 * Keyed upserts that {@code $set} field paths, so that applying an event twice changes nothing. Each section is
 * guarded by its version ({@code version < incoming}, or not yet written): an old event never overwrites newer
 * state. Two instances upserting a new dossier at once make one of them fail with DuplicateKeyException; that one
 * retries as a plain guarded update (the document exists now), which applies or, if the other write was newer,
 * correctly does nothing. The live path: one store round trip (two on a race) per write.
 */
@Component
public class DossierViewWriter implements ViewWrites {

    private final MongoOperations mongo;

    public DossierViewWriter(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void apply(String collection, DossierChange change) {
        applyIfNewer(collection, change);
    }

    /** Applies the change if it is newer than its section; true when it was applied. */
    public boolean applyIfNewer(String collection, DossierChange change) {
        Query newer = ViewUpdates.newer(change);
        Update update = ViewUpdates.change(change);
        try {
            var result = mongo.upsert(newer, update, collection);
            return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException existsOrRace) {
            return mongo.updateFirst(newer, update, collection).getModifiedCount() > 0;
        }
    }

    /**
     * Records that the dossier reached a stage (a monotone fact, so order does not matter) and, for a dossier first
     * seen now, where it belongs. {@code stage} may be null.
     */
    @Override
    public void reached(String collection, String dossierId, DossierStage stage, Map<String, Object> identity) {
        Query byId = ViewUpdates.byId(dossierId);
        Update update = ViewUpdates.reached(stage, identity);
        if (ViewUpdates.isEmpty(update)) {
            return;
        }
        try {
            mongo.upsert(byId, update, collection);
        } catch (DuplicateKeyException race) {
            mongo.updateFirst(byId, update, collection);
        }
    }
}
