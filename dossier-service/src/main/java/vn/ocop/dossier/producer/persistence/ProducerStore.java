package vn.ocop.dossier.producer.persistence;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.ocop.dossier.common.Found;
import vn.ocop.dossier.common.Paging;
import vn.ocop.dossier.common.SearchCriteria;
import vn.ocop.dossier.producer.Producer;
import vn.ocop.dossier.producer.application.ProducerFilter;
import vn.ocop.platform.outbox.AggregateWriter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Producers in MongoDB; the registration number is unique (and the id derives from it). */
@Component
public class ProducerStore {

    public static final String COLLECTION = "producers";
    public static final String REGISTRATION_INDEX = "uniq_registration_number";

    private final MongoTemplate mongo;
    private final AggregateWriter writer;

    public ProducerStore(MongoTemplate mongo, AggregateWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("registrationNumber", Sort.Direction.ASC).unique()
                .named(REGISTRATION_INDEX));
        indexes.createIndex(new Index().on("location.districtCode", Sort.Direction.ASC)
                .on("name", Sort.Direction.ASC));
    }

    /** Inserts a new producer; a taken registration number fails with DuplicateKeyException. */
    public void insert(Producer producer) {
        writer.insert(COLLECTION, producer, List.of());
    }

    public void update(Producer producer, long expectedVersion) {
        writer.update(COLLECTION, producer, expectedVersion, List.of());
    }

    public Optional<Producer> find(String id, Optional<Criteria> scope) {
        Criteria byId = Criteria.where("_id").is(id);
        // and-combined, because a scope may itself constrain _id (a producer sees only itself)
        Query q = Query.query(scope.map(s -> new Criteria().andOperator(byId, s)).orElse(byId));
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
        q.with(Sort.by(Sort.Order.asc("name"), Sort.Order.asc("_id"))).skip(paging.offset()).limit(paging.size());
        return new Found<>(mongo.find(q, Producer.class, COLLECTION), total);
    }
}
