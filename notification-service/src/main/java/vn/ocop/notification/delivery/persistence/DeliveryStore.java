package vn.ocop.notification.delivery.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.ocop.notification.delivery.Delivery;
import vn.ocop.notification.delivery.DeliveryState;
import vn.ocop.platform.events.OutboxEntry;
import vn.ocop.platform.outbox.AggregateWriter;

/**
 * The delivery queue ({@code deliveries}). Each document carries its outbox, so an outcome and the event announcing
 * it are one write. A unique index on the dedup key makes "plan the same message twice" fail instead of send twice.
 */
@Component
public class DeliveryStore {

    public static final String COLLECTION = "deliveries";

    private final MongoTemplate mongo;
    private final AggregateWriter writer;

    public DeliveryStore(MongoTemplate mongo, AggregateWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index("dedupKey", Sort.Direction.ASC).unique().named("dedup_key_unique"));
        indexes.createIndex(new Index("status", Sort.Direction.ASC)
                .on("nextAttemptAt", Sort.Direction.ASC)
                .named("queue"));
    }

    /** Plans a delivery; throws DuplicateKeyException when the same (source, contact, channel) was planned before. */
    public void insert(Delivery delivery) {
        writer.insert(COLLECTION, delivery, List.of());
    }

    /**
     * The ids of up to {@code limit} due, unclaimed deliveries, the longest due first. One query serves a whole
     * batch: on the embedded store every query that is not by {@code _id} scans the collection (which keeps every
     * delivery ever planned, sent ones too) while holding its lock, so the sender scans once per batch and then
     * claims each delivery by id. The ids are only candidates; {@link #claim} decides.
     */
    public List<String> dueIds(Instant now, int limit) {
        Query due = Query.query(dueAndUnclaimed(new Criteria(), now))
                .with(Sort.by("nextAttemptAt"))
                .limit(limit);
        due.fields().include("_id");
        return mongo.find(due, Document.class, COLLECTION).stream()
                .map(d -> d.getString("_id"))
                .toList();
    }

    /**
     * Claims this delivery for {@code owner} if it is still due and unclaimed: an atomic find-and-modify on its id
     * sets the claim, so two instances never take the same one; a claim that outlived its lease (a crashed instance)
     * is taken over. Empty when another instance claimed it, or even sent it, after {@link #dueIds} listed it.
     */
    public Optional<Delivery> claim(String id, String owner, Instant now, Duration lease) {
        Query unclaimed = Query.query(dueAndUnclaimed(Criteria.where("_id").is(id), now));
        Update claim = new Update()
                .set("claimedBy", owner)
                .set("claimedUntil", now.plus(lease))
                .inc("version", 1);
        return Optional.ofNullable(mongo.findAndModify(
                unclaimed, claim, FindAndModifyOptions.options().returnNew(true), Delivery.class, COLLECTION));
    }

    /** PENDING, due at {@code now} and not claimed (or its claim's lease ran out), in addition to {@code where}. */
    private static Criteria dueAndUnclaimed(Criteria where, Instant now) {
        return where.and("status")
                .is(DeliveryState.PENDING)
                .and("nextAttemptAt")
                .lte(now)
                .and("claimedUntil")
                .lte(now);
    }

    /** Stores the new state if nobody changed it since {@code expectedVersion}, with the events it causes. */
    public void update(Delivery delivery, long expectedVersion, List<OutboxEntry> events) {
        writer.update(COLLECTION, delivery, expectedVersion, events);
    }

    public Optional<Delivery> find(String id, Criteria scope) {
        return Optional.ofNullable(mongo.findOne(
                Query.query(new Criteria().andOperator(Criteria.where("_id").is(id), scope)),
                Delivery.class,
                COLLECTION));
    }

    public List<Delivery> search(Criteria criteria, int limit) {
        return mongo.find(
                Query.query(criteria)
                        .with(Sort.by(Sort.Direction.DESC, "createdAt"))
                        .limit(limit),
                Delivery.class,
                COLLECTION);
    }
}
