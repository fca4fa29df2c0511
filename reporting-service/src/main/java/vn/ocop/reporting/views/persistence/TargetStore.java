package vn.ocop.reporting.views.persistence;

import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.ocop.reporting.views.Target;

/** The yearly targets: data set by the province, not derived from events. */
@Component
public class TargetStore {

    static final String COLLECTION = "targets";
    private final MongoOperations mongo;

    public TargetStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public Optional<Target> find(int year) {
        Document d = mongo.findById(year, Document.class, COLLECTION);
        return Optional.ofNullable(d)
                .map(t -> new Target(
                        year, t.getInteger("minProducts"), t.getInteger("maxProducts"), t.getInteger("minFiveStar")));
    }

    public void save(Target target, boolean onlyIfAbsent) {
        Update update = new Update();
        if (onlyIfAbsent) {
            update.setOnInsert("minProducts", target.minProducts())
                    .setOnInsert("maxProducts", target.maxProducts())
                    .setOnInsert("minFiveStar", target.minFiveStar());
        } else {
            update.set("minProducts", target.minProducts())
                    .set("maxProducts", target.maxProducts())
                    .set("minFiveStar", target.minFiveStar());
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(target.year())), update, COLLECTION);
    }
}
