package vn.ocop.platform.outbox;

import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.ocop.platform.events.OutboxEntry;
import vn.ocop.platform.messaging.AppliedEvents;

/**
 * Writes an aggregate and the events its change caused in ONE single-document MongoDB write: the
 * state is {@code $set}, the events are {@code $push}ed onto the document's {@code outbox} array.
 * Updates are guarded by the aggregate's {@code version} (optimistic locking), so two concurrent
 * changes cannot both win. After the write the relay is woken to publish at once.
 *
 * <p>The aggregate document must have a numeric {@code version} field that the domain increments
 * on every change.
 */
public class AggregateWriter {

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    public AggregateWriter(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    /** Inserts a new aggregate with its first events; a duplicate id or unique key fails as DuplicateKeyException. */
    public void insert(String collection, Object aggregate, List<OutboxEntry> events) {
        Document doc = toDocument(aggregate);
        doc.put(
                OutboxRelay.OUTBOX_FIELD,
                events.stream().map(AggregateWriter::entry).toList());
        mongo.insert(doc, collection);
        relay.enqueue(collection, doc.get("_id"));
    }

    /**
     * Replaces the aggregate's state if its stored version is still {@code expectedVersion}, and
     * appends the events; otherwise throws {@link OptimisticLockingFailureException} and writes nothing.
     */
    public void update(String collection, Object aggregate, long expectedVersion, List<OutboxEntry> events) {
        write(collection, aggregate, expectedVersion, null, events);
    }

    /**
     * As {@link #update}, for the effect of a consumed event: the event's id is recorded ({@link AppliedEvents})
     * in the same write, and a document that applied that event already is not matched either.
     */
    public void updateApplying(
            String collection, Object aggregate, long expectedVersion, String eventId, List<OutboxEntry> events) {
        write(collection, aggregate, expectedVersion, eventId, events);
    }

    private void write(
            String collection, Object aggregate, long expectedVersion, String eventId, List<OutboxEntry> events) {
        Document doc = toDocument(aggregate);
        Object id = doc.remove("_id");
        doc.remove(OutboxRelay.OUTBOX_FIELD);
        doc.remove(AppliedEvents.FIELD);
        Update update = new Update();
        doc.forEach(update::set);
        if (!events.isEmpty()) {
            update.push(OutboxRelay.OUTBOX_FIELD)
                    .each(events.stream().map(AggregateWriter::entry).toArray());
        }
        Criteria guard = Criteria.where("_id").is(id).and("version").is(expectedVersion);
        if (eventId != null) {
            AppliedEvents.markApplied(update, eventId);
            guard = guard.andOperator(AppliedEvents.notYetApplied(eventId));
        }
        var result = mongo.updateFirst(Query.query(guard), update, collection);
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException(collection + " " + id + " is no longer at version "
                    + expectedVersion + (eventId == null ? "" : " or applied " + eventId + " already"));
        }
        if (!events.isEmpty()) {
            relay.enqueue(collection, id);
        }
    }

    private Document toDocument(Object aggregate) {
        if (aggregate instanceof Document d) {
            return new Document(d);
        }
        Document doc = new Document();
        mongo.getConverter().write(aggregate, doc);
        doc.remove("_class");
        return doc;
    }

    static Document entry(OutboxEntry e) {
        return new Document("id", e.id())
                .append("type", e.type())
                .append("topic", e.topic())
                .append("key", e.key())
                .append("time", Date.from(e.time()))
                .append("payload", e.payload())
                .append("traceparent", e.traceparent());
    }
}
