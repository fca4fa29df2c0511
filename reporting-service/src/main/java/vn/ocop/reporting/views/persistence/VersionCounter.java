package vn.ocop.reporting.views.persistence;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A counter in one document of {@code view_versions}, read and moved by {@code _id} (an index lookup in any store,
 * never a scan): how one instance tells the others that something they keep in memory is stale (the catalogue, the
 * dashboards).
 */
public final class VersionCounter {

    static final String COLLECTION = "view_versions";

    private final MongoOperations mongo;
    private final Query counter;

    public VersionCounter(MongoOperations mongo, String id) {
        this.mongo = mongo;
        this.counter = ViewUpdates.byId(id);
    }

    /** The counter's value (0 before the first move). */
    public long read() {
        Document d = mongo.findOne(counter, Document.class, COLLECTION);
        return d != null && d.get("version") instanceof Number n ? n.longValue() : 0;
    }

    /** Moves the counter by one (creating its document at the first move). */
    public void bump() {
        Update inc = new Update().inc("version", 1L);
        try {
            mongo.upsert(counter, inc, COLLECTION);
        } catch (DuplicateKeyException firstIncrementRace) {
            // another instance created the document meanwhile: it exists now
            mongo.updateFirst(counter, inc, COLLECTION);
        }
    }
}
