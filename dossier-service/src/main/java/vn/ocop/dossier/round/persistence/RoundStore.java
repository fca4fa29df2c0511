package vn.ocop.dossier.round.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.ocop.dossier.round.Round;
import vn.ocop.platform.events.OutboxEntry;
import vn.ocop.platform.outbox.AggregateWriter;

/** Rounds in MongoDB, each with its outbox array. */
@Component
public class RoundStore {

    public static final String COLLECTION = "rounds";

    private final MongoTemplate mongo;
    private final AggregateWriter writer;

    public RoundStore(MongoTemplate mongo, AggregateWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    public void insert(Round round, List<OutboxEntry> events) {
        writer.insert(COLLECTION, round, events);
    }

    public void update(Round round, long expectedVersion, List<OutboxEntry> events) {
        writer.update(COLLECTION, round, expectedVersion, events);
    }

    public Optional<Round> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Round.class, COLLECTION));
    }

    public List<Round> list(Integer year) {
        Query q =
                year == null ? new Query() : Query.query(Criteria.where("year").is(year));
        return mongo.find(q.with(Sort.by(Sort.Order.desc("year"), Sort.Order.asc("number"))), Round.class, COLLECTION);
    }
}
