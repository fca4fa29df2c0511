package vn.ocop.evaluation.session.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.ocop.evaluation.session.Evaluation;
import vn.ocop.evaluation.session.EvaluationFilter;
import vn.ocop.evaluation.session.EvaluationStatus;
import vn.ocop.platform.events.OutboxEntry;
import vn.ocop.platform.outbox.AggregateWriter;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.security.Role;

/**
 * Evaluations and their outbox. Reads made for a caller carry the caller's scope in the query itself,
 * so an evaluation outside it is simply not found.
 */
@Repository
public class EvaluationStore {

    public static final String COLLECTION = "evaluations";
    static final String WITHDRAWN = "withdrawn_dossiers";
    private static final List<EvaluationStatus> CLOSED =
            List.of(EvaluationStatus.GRADED, EvaluationStatus.RECOGNISED, EvaluationStatus.PROPOSED_TO_CENTRE);

    private final MongoTemplate mongo;
    private final AggregateWriter writer;

    public EvaluationStore(MongoTemplate mongo, AggregateWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("product.districtCode", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("assignment.councilId", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("dossierId", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC));
    }

    /** Inserts a new evaluation; false when one with this id exists already (a repeated event). */
    public boolean insertIfAbsent(Evaluation evaluation, List<OutboxEntry> events) {
        try {
            writer.insert(COLLECTION, evaluation, events);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    /** Writes the change and its events if nobody changed the evaluation since {@code expectedVersion}. */
    public void update(Evaluation evaluation, long expectedVersion, List<OutboxEntry> events) {
        writer.update(COLLECTION, evaluation, expectedVersion, events);
    }

    /**
     * Remembers that a dossier was withdrawn (a final state), so that an accepted or forwarded event that
     * arrives after the withdrawal — a replay or a DLQ re-drive — does not open an evaluation again.
     */
    public void markWithdrawn(String dossierId, java.time.Instant at) {
        mongo.upsert(
                Query.query(Criteria.where("_id").is(dossierId)),
                new org.springframework.data.mongodb.core.query.Update()
                        .setOnInsert("withdrawnAt", java.util.Date.from(at)),
                WITHDRAWN);
    }

    public boolean isWithdrawn(String dossierId) {
        // findById, not exists(): exists() is a countDocuments (an aggregation), a whole-collection read on the
        // embedded store
        return mongo.findById(dossierId, org.bson.Document.class, WITHDRAWN) != null;
    }

    public Optional<Evaluation> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Evaluation.class, COLLECTION));
    }

    public List<Evaluation> ofDossier(String dossierId) {
        return mongo.find(Query.query(Criteria.where("dossierId").is(dossierId)), Evaluation.class, COLLECTION);
    }

    public Optional<Evaluation> findInScope(String id, OcopUser user) {
        return Optional.ofNullable(mongo.findOne(
                Query.query(new Criteria().andOperator(Criteria.where("_id").is(id), scope(user))),
                Evaluation.class,
                COLLECTION));
    }

    public List<Evaluation> search(EvaluationFilter filter, OcopUser user, int limit) {
        List<Criteria> all = new ArrayList<>();
        all.add(scope(user));
        if (filter.status() != null) {
            all.add(Criteria.where("status").is(filter.status()));
        }
        if (filter.level() != null) {
            all.add(Criteria.where("level").is(filter.level()));
        }
        if (filter.districtCode() != null) {
            all.add(Criteria.where("product.districtCode").is(filter.districtCode()));
        }
        if (filter.councilId() != null) {
            all.add(Criteria.where("assignment.councilId").is(filter.councilId()));
        }
        return mongo.find(
                Query.query(new Criteria().andOperator(all))
                        .with(Sort.by("createdAt", "_id"))
                        .limit(limit),
                Evaluation.class,
                COLLECTION);
    }

    /** Certified products whose expiry notices are not all sent; few enough (one province) to check in memory. */
    public List<Evaluation> withPendingExpiryNotices() {
        return mongo.find(
                Query.query(Criteria.where("status")
                        .is(EvaluationStatus.RECOGNISED)
                        .and("recognition.expiredNotified")
                        .ne(true)),
                Evaluation.class,
                COLLECTION);
    }

    /**
     * Province officers and operators see everything; a district officer its district; a commune officer its
     * commune; a council member what is assigned to its council; a producer its own products once graded.
     */
    static Criteria scope(OcopUser user) {
        if (user.provinceWide()) {
            return new Criteria();
        }
        List<Criteria> any = new ArrayList<>();
        if (user.has(Role.DISTRICT_OFFICER) && user.districtCode() != null) {
            any.add(Criteria.where("product.districtCode").is(user.districtCode()));
        }
        if (user.has(Role.COMMUNE_OFFICER) && user.communeCode() != null) {
            any.add(Criteria.where("product.communeCode").is(user.communeCode()));
        }
        if (user.has(Role.COUNCIL_MEMBER) && user.councilId() != null) {
            any.add(Criteria.where("assignment.councilId").is(user.councilId()));
        }
        if (user.has(Role.PRODUCER) && user.producerId() != null) {
            any.add(Criteria.where("product.producerId")
                    .is(user.producerId())
                    .and("status")
                    .in(CLOSED));
        }
        if (any.isEmpty()) {
            return Criteria.where("_id").in(List.of());
        }
        return new Criteria().orOperator(any);
    }
}
