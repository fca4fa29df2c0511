package vn.ocop.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A lease in MongoDB so that a periodic job runs on one instance at a time: the holder renews it
 * each run; when the holder dies, the lease runs out and another instance takes it over.
 */
public class RelayLock {

    static final String COLLECTION = "job_locks";

    private final MongoTemplate mongo;
    private final String owner;
    private final Clock clock;

    public RelayLock(MongoTemplate mongo, String owner, Clock clock) {
        this.mongo = mongo;
        this.owner = owner;
        this.clock = clock;
    }

    public String owner() {
        return owner;
    }

    /** Takes or renews the named lease; false when another live instance holds it. */
    public boolean tryAcquire(String name, Duration lease) {
        Date now = Date.from(clock.instant());
        Query free = Query.query(Criteria.where("_id")
                .is(name)
                .orOperator(
                        Criteria.where("until").lt(now), Criteria.where("owner").is(owner)));
        Update take = new Update()
                .set("owner", owner)
                .set("until", Date.from(clock.instant().plus(lease)));
        try {
            return mongo.findAndModify(
                            free,
                            take,
                            FindAndModifyOptions.options().upsert(true).returnNew(true),
                            org.bson.Document.class,
                            COLLECTION)
                    != null;
        } catch (DuplicateKeyException held) {
            return false;
        }
    }
}
