package vn.ocop.dossier.producer.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.ocop.dossier.common.Found;
import vn.ocop.dossier.common.Paging;
import vn.ocop.dossier.common.persistence.SearchCriteria;
import vn.ocop.dossier.producer.Producer;
import vn.ocop.dossier.producer.application.ProducerFilter;
import vn.ocop.platform.events.OutboxEntry;
import vn.ocop.platform.outbox.AggregateWriter;

/** Producers in MongoDB, each with its outbox array; the registration number is unique (and the id derives from it). */
@Component
public class ProducerStore {

    public static final String COLLECTION = "producers";
    public static final String REGISTRATION_INDEX = "uniq_registration_number";
    /** Set by every write that announces the producer (Producer.markAnnounced); absent on producers never announced. */
    public static final String ANNOUNCED_VERSION = "announcedVersion";

    private final MongoTemplate mongo;
    private final AggregateWriter writer;

    public ProducerStore(MongoTemplate mongo, AggregateWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index()
                .on("registrationNumber", Sort.Direction.ASC)
                .unique()
                .named(REGISTRATION_INDEX));
        indexes.createIndex(
                new Index().on("location.districtCode", Sort.Direction.ASC).on("name", Sort.Direction.ASC));
    }

    /** Inserts a new producer with its events; a taken registration number fails with DuplicateKeyException. */
    public void insert(Producer producer, List<OutboxEntry> events) {
        writer.insert(COLLECTION, producer, events);
    }

    public void update(Producer producer, long expectedVersion, List<OutboxEntry> events) {
        writer.update(COLLECTION, producer, expectedVersion, events);
    }

    /**
     * Up to {@code limit} producers never announced (stored before the producer-registered event existed), in id
     * order after {@code afterId} (null: from the start), so that a pass ends even if some cannot be marked.
     */
    public List<Producer> unannounced(String afterId, int limit) {
        // a find, not exists/count: the embedded store answers those by aggregating over the whole collection
        Criteria c = Criteria.where(ANNOUNCED_VERSION).exists(false);
        if (afterId != null) {
            c = c.and("_id").gt(afterId);
        }
        return mongo.find(Query.query(c).with(Sort.by("_id")).limit(limit), Producer.class, COLLECTION);
    }

    public Optional<Producer> find(String id, Optional<Criteria> scope) {
        Criteria byId = Criteria.where("_id").is(id);
        // and-combined, because a scope may itself constrain _id (a producer sees only itself)
        Query q =
                Query.query(scope.map(s -> new Criteria().andOperator(byId, s)).orElse(byId));
        return Optional.ofNullable(mongo.findOne(q, Producer.class, COLLECTION));
    }

    public Found<Producer> list(ProducerFilter f, Optional<Criteria> scope, Paging paging) {
        List<Criteria> all = new ArrayList<>();
        scope.ifPresent(all::add);
        if (f.districtCode() != null) {
            all.add(Criteria.where("location.districtCode").is(f.districtCode()));
        }
        if (f.communeCode() != null) {
            all.add(Criteria.where("location.communeCode").is(f.communeCode()));
        }
        if (f.kind() != null) {
            all.add(Criteria.where("kind").is(f.kind()));
        }
        all.addAll(SearchCriteria.allWords(f.q()));
        Criteria criteria = SearchCriteria.and(all);
        Query q = criteria == null ? new Query() : Query.query(criteria);
        long total = mongo.count(q, COLLECTION);
        q.with(Sort.by(Sort.Order.asc("name"), Sort.Order.asc("_id")))
                .skip(paging.offset())
                .limit(paging.size());
        return new Found<>(mongo.find(q, Producer.class, COLLECTION), total);
    }
}
