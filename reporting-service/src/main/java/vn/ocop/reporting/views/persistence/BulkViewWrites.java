package vn.ocop.reporting.views.persistence;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import vn.ocop.reporting.views.DossierChange;
import vn.ocop.reporting.views.DossierStage;
import vn.ocop.reporting.views.application.ViewWrites;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The rebuild's writer: the same writes as {@link DossierViewWriter}, queued in call order into one ORDERED bulk per
 * collection and sent by {@link #flushIfFull()} (a collection with {@code flushEvery} operations queued) and
 * {@link #flush()}: one store round trip per batch instead of one or two per event.
 * <p>
 * The writes only queue; sending is left to the caller, between events, never inside an event's handler: a handler
 * may be retried (the routers retry store outages), and re-running part of a batch could repeat an unguarded
 * creating upsert after a newer guarded update. A failed send fails the rebuild, which is then run again from
 * scratch.
 * <p>
 * It relies on being the only writer of freshly dropped collections, so it knows which documents exist: those it
 * created. A document's first write is an upsert filtered by {@code _id} alone, which creates it exactly as the live
 * writer's upsert would (a fresh document has no section, so the version guard would pass, and no
 * {@code $setOnInsert} is lost). Every later write is a plain update: {@code reached} sets the stage by {@code _id}
 * (its {@code $setOnInsert} could not apply), {@code apply} keeps the live version guard. So no write ever meets a
 * duplicate key, none needs a retry, and since the order is kept the documents come out as the per-record path
 * leaves them. A call that writes nothing (reached with neither stage nor identity) creates nothing, as live.
 * <p>
 * Not thread-safe: one rebuild, one thread.
 */
public class BulkViewWrites implements ViewWrites {

    private final MongoOperations mongo;
    private final int flushEvery;
    private final Map<String, Set<String>> created = new HashMap<>();
    private final Map<String, Batch> batches = new LinkedHashMap<>();

    /** The operations queued for one collection since its last flush. */
    private static final class Batch {
        final BulkOperations operations;
        int size;

        Batch(BulkOperations operations) {
            this.operations = operations;
        }
    }

    public BulkViewWrites(MongoOperations mongo, int flushEvery) {
        if (flushEvery < 1) {
            throw new IllegalArgumentException("flushEvery must be positive: " + flushEvery);
        }
        this.mongo = mongo;
        this.flushEvery = flushEvery;
    }

    @Override
    public void reached(String collection, String dossierId, DossierStage stage, Map<String, Object> identity) {
        Update update = ViewUpdates.reached(stage, identity);
        if (ViewUpdates.isEmpty(update)) {
            return;
        }
        if (created(collection).add(dossierId)) {
            batch(collection).operations.upsert(ViewUpdates.byId(dossierId), update);
        } else {
            Update stageOnly = ViewUpdates.stageOnly(stage);
            if (ViewUpdates.isEmpty(stageOnly)) {
                return;
            }
            batch(collection).operations.updateOne(ViewUpdates.byId(dossierId), stageOnly);
        }
        counted(collection);
    }

    @Override
    public void apply(String collection, DossierChange change) {
        if (created(collection).add(change.dossierId())) {
            batch(collection).operations.upsert(ViewUpdates.byId(change.dossierId()), ViewUpdates.change(change));
        } else {
            batch(collection).operations.updateOne(ViewUpdates.newer(change), ViewUpdates.change(change));
        }
        counted(collection);
    }

    /** Sends what is queued, collection by collection; returns the number of operations sent. */
    public int flush() {
        int sent = 0;
        for (String collection : batches.keySet().toArray(String[]::new)) {
            sent += flush(collection);
        }
        return sent;
    }

    /** Sends the batch of each collection that has {@code flushEvery} operations queued; returns how many were sent. */
    public int flushIfFull() {
        int sent = 0;
        for (String collection : batches.keySet().toArray(String[]::new)) {
            if (batches.get(collection).size >= flushEvery) {
                sent += flush(collection);
            }
        }
        return sent;
    }

    private int flush(String collection) {
        Batch batch = batches.remove(collection);
        if (batch == null || batch.size == 0) {
            return 0;
        }
        batch.operations.execute();
        return batch.size;
    }

    private void counted(String collection) {
        batches.get(collection).size++;
    }

    private Batch batch(String collection) {
        return batches.computeIfAbsent(collection, c -> new Batch(mongo.bulkOps(BulkMode.ORDERED, c)));
    }

    private Set<String> created(String collection) {
        return created.computeIfAbsent(collection, c -> new HashSet<>());
    }
}
