package vn.ocop.dossier.dossier.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.ocop.dossier.common.Found;
import vn.ocop.dossier.common.Paging;
import vn.ocop.dossier.common.persistence.SearchCriteria;
import vn.ocop.dossier.dossier.Dossier;
import vn.ocop.dossier.dossier.application.DossierFilter;
import vn.ocop.platform.events.OutboxEntry;
import vn.ocop.platform.messaging.AppliedEvents;
import vn.ocop.platform.outbox.AggregateWriter;

/** Dossiers in MongoDB: one document each, with its outbox array and the ids of the events it applied. */
@Component
public class DossierStore {

    public static final String COLLECTION = "dossiers";

    private final MongoTemplate mongo;
    private final AggregateWriter writer;

    public DossierStore(MongoTemplate mongo, AggregateWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(
                new Index().on("origin.districtCode", Sort.Direction.ASC).on("productName", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("origin.roundId", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("origin.producerId", Sort.Direction.ASC));
    }

    public void insert(Dossier dossier, List<OutboxEntry> events) {
        writer.insert(COLLECTION, dossier, events);
    }

    /** Writes the changed dossier if nobody changed it since {@code expectedVersion}, with its events. */
    public void update(Dossier dossier, long expectedVersion, List<OutboxEntry> events) {
        writer.update(COLLECTION, dossier, expectedVersion, events);
    }

    /**
     * Writes an effect of a consumed event together with the mark that the event was applied, in one
     * single-document write; throws OptimisticLockingFailureException when the event was applied already or
     * the dossier changed meanwhile.
     */
    public void applyOnce(Dossier dossier, long expectedVersion, String eventId) {
        writer.updateApplying(COLLECTION, dossier, expectedVersion, eventId, List.of());
    }

    /**
     * A find by {@code _id}, not {@code mongo.exists(...)}: Spring Data answers exists() with countDocuments, an
     * aggregation, which the embedded store answers by reading the whole collection (every evaluation event read
     * all dossiers: at 16,000 dossiers the consumer applied about 8 events a second).
     */
    public boolean alreadyApplied(String dossierId, String eventId) {
        Query applied = Query.query(
                Criteria.where("_id").is(dossierId).and(AppliedEvents.FIELD).is(eventId));
        applied.fields().include("_id");
        return mongo.findOne(applied, Document.class, COLLECTION) != null;
    }

    public Optional<Dossier> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, Dossier.class, COLLECTION));
    }

    /** The dossier if it lies within the scope (empty scope = everything). */
    public Optional<Dossier> find(String id, Optional<Criteria> scope) {
        Criteria byId = Criteria.where("_id").is(id);
        // and-combined, because a scope may itself constrain _id (a producer sees only itself)
        Query q =
                Query.query(scope.map(s -> new Criteria().andOperator(byId, s)).orElse(byId));
        return Optional.ofNullable(mongo.findOne(q, Dossier.class, COLLECTION));
    }

    public Found<Dossier> list(DossierFilter f, Optional<Criteria> scope, Paging paging) {
        List<Criteria> all = new ArrayList<>();
        scope.ifPresent(all::add);
        eq(all, "origin.roundId", f.roundId());
        eq(all, "origin.districtCode", f.districtCode());
        eq(all, "origin.communeCode", f.communeCode());
        eq(all, "origin.producerId", f.producerId());
        eq(all, "productGroup", f.productGroup());
        eq(all, "status", f.status());
        all.addAll(SearchCriteria.allWords(f.q()));
        Criteria criteria = SearchCriteria.and(all);
        Query q = criteria == null ? new Query() : Query.query(criteria);
        long total = mongo.count(q, COLLECTION);
        q.with(Sort.by(Sort.Order.asc("productName"), Sort.Order.asc("_id")))
                .skip(paging.offset())
                .limit(paging.size());
        return new Found<>(mongo.find(q, Dossier.class, COLLECTION), total);
    }

    private static void eq(List<Criteria> all, String field, String value) {
        if (value != null && !value.isBlank()) {
            all.add(Criteria.where(field).is(value));
        }
    }
}
