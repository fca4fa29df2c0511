package vn.ocop.evaluation.recognition.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.ocop.evaluation.recognition.RecognitionDecision;

/** Recognition decisions (keyed by decision number) and the yearly certificate counters. */
@Repository
public class DecisionStore {

    public static final String DECISIONS = "recognition_decisions";
    public static final String COUNTERS = "certificate_counters";

    private final MongoTemplate mongo;

    public DecisionStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<RecognitionDecision> find(String decisionNumber) {
        return Optional.ofNullable(mongo.findById(decisionNumber, RecognitionDecision.class, DECISIONS));
    }

    public List<RecognitionDecision> all() {
        return mongo.find(new Query().with(Sort.by("decisionDate", "_id")), RecognitionDecision.class, DECISIONS);
    }

    /** Records the decision's current listing (a re-run after a partial failure completes it). */
    public void save(RecognitionDecision decision) {
        mongo.save(decision, DECISIONS);
    }

    /**
     * The next certificate sequence number of a year, from one counter document incremented atomically
     * ({@code findAndModify $inc}), so that two instances never hand out the same number.
     */
    public long nextCertificateSequence(int year) {
        Query counter = Query.query(Criteria.where("_id").is("certificate-" + year));
        Update inc = new Update().inc("seq", 1L);
        FindAndModifyOptions upsert =
                FindAndModifyOptions.options().upsert(true).returnNew(true);
        org.bson.Document doc;
        try {
            doc = mongo.findAndModify(counter, inc, upsert, org.bson.Document.class, COUNTERS);
        } catch (DuplicateKeyException firstUseRace) {
            doc = mongo.findAndModify(counter, inc, upsert, org.bson.Document.class, COUNTERS);
        }
        return ((Number) doc.get("seq")).longValue();
    }
}
