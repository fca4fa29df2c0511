package vn.ocop.reporting.dashboard.persistence;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.ocop.reporting.dashboard.application.DashboardVersions;

/**
 * The dashboards' counter: one document ({@code view_versions}, {@code _id: "dashboard"}, beside the catalogue's),
 * read and moved by {@code _id} (an index lookup in any store, never a scan).
 */
@Repository
class DashboardVersionStore implements DashboardVersions {

    private static final String COLLECTION = "view_versions";
    private static final Query COUNTER = Query.query(Criteria.where("_id").is("dashboard"));

    private final MongoOperations mongo;

    DashboardVersionStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public long read() {
        Document d = mongo.findOne(COUNTER, Document.class, COLLECTION);
        return d != null && d.get("version") instanceof Number n ? n.longValue() : 0;
    }

    @Override
    public void bump() {
        Update inc = new Update().inc("version", 1L);
        try {
            mongo.upsert(COUNTER, inc, COLLECTION);
        } catch (DuplicateKeyException firstIncrementRace) {
            // another instance created the document meanwhile: it exists now
            mongo.updateFirst(COUNTER, inc, COLLECTION);
        }
    }
}
