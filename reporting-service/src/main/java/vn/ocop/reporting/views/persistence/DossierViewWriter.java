package vn.ocop.reporting.views.persistence;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.ocop.reporting.views.DossierChange;
import vn.ocop.reporting.views.DossierStage;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * Keyed upserts that {@code $set} field paths, so that applying an event twice changes nothing. Each section is
 * guarded by its version ({@code version < incoming}, or not yet written): an old event never overwrites newer
 * state. Two instances upserting a new dossier at once make one of them fail with DuplicateKeyException; that one
 * retries as a plain guarded update (the document exists now), which applies or, if the other write was newer,
 * correctly does nothing.
 */
@Component
public class DossierViewWriter {

    private final MongoOperations mongo;

    public DossierViewWriter(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Applies the change if it is newer than its section; true when it was applied. */
    public boolean apply(String collection, DossierChange change) {
        Query newer = Query.query(Criteria.where("_id").is(change.dossierId()).orOperator(
                Criteria.where(change.section().versionPath()).lt(change.version()),
                Criteria.where(change.section().versionPath()).exists(false)));
        Update update = new Update().set(change.section().versionPath(), change.version());
        change.fields().forEach((field, value) -> update.set(change.section().path(field), plain(value)));
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
    public void reached(String collection, String dossierId, DossierStage stage, Map<String, Object> identity) {
        Query byId = Query.query(Criteria.where("_id").is(dossierId));
        Update update = new Update();
        if (stage != null) {
            update.set("stages." + stage.name(), 1);
        }
        identity.forEach((field, value) -> update.setOnInsert(field, plain(value)));
        if (update.getUpdateObject().isEmpty()) {
            return;
        }
        try {
            mongo.upsert(byId, update, collection);
        } catch (DuplicateKeyException race) {
            mongo.updateFirst(byId, update, collection);
        }
    }

    private static Object plain(Object value) {
        return value instanceof Instant i ? Date.from(i) : value;
    }
}
