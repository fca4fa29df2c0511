package vn.ocop.reporting.views.persistence;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import vn.ocop.reporting.views.DossierChange;
import vn.ocop.reporting.views.DossierStage;
import vn.ocop.reporting.views.ViewSection;
import vn.ocop.reporting.views.application.ViewWrites;

/**
 * The rebuild's writer: it leaves the documents {@link DossierViewWriter} leaves for the same calls, but folds every
 * call about one document between two flushes into one write, sent in one ORDERED bulk per collection by
 * {@link #flushIfFull()} (a collection with {@code flushEvery} documents pending) and {@link #flush()}.
 * <p>
 * It relies on being the only writer of freshly dropped collections, so it knows every document's state without
 * reading it back: which documents exist and the version of each section. The live writer's version guard
 * ({@code section version < incoming, or not written}) is therefore decided here, in memory, with the same outcome,
 * and what passes is folded, in call order, into one {@code $set} per document: a later field value replaces an earlier
 * one, as a later {@code $set} would. A document first written since the last flush is inserted whole: its identity
 * (the {@code $setOnInsert} of {@code reached}) applies only when that is its first write, as live, and a call that
 * writes nothing (reached with neither stage nor identity) creates nothing. A document written before gets one
 * {@code updateOne} by {@code _id}. No write meets a duplicate key or needs a retry.
 * <p>
 * The writes only queue; sending is left to the caller, between events, never inside an event's handler: a handler
 * may be retried (the routers retry store outages), and its calls would then be folded twice into the pending
 * state. A failed send fails the rebuild, which is then run again from scratch.
 * <p>
 * Memory: the section versions of every document written (one small array per dossier), plus the pending documents.
 * Not thread-safe: one rebuild, one thread.
 */
public class BulkViewWrites implements ViewWrites {

    private static final ViewSection[] SECTIONS = ViewSection.values();

    private final MongoOperations mongo;
    private final int flushEvery;
    /** Per collection: the version of each section of each document written (absent section: {@code Long.MIN_VALUE}). */
    private final Map<String, Map<String, long[]>> versions = new HashMap<>();
    /** Per collection, in call order: the documents with writes not sent yet. */
    private final Map<String, Map<String, Pending>> pending = new LinkedHashMap<>();

    /** One document's folded writes since the last flush. */
    private static final class Pending {
        final boolean insert;
        final Map<String, Object> set = new LinkedHashMap<>();

        Pending(boolean insert) {
            this.insert = insert;
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
        Map<String, long[]> known = versions(collection);
        Pending p;
        if (!known.containsKey(dossierId)) {
            known.put(dossierId, absentVersions());
            p = pending(collection, dossierId, true);
            // its first write: $setOnInsert applies
            identity.forEach((field, value) -> p.set.put(field, ViewUpdates.plain(value)));
        } else if (stage == null) {
            return;
        } else {
            p = pending(collection, dossierId, false);
        }
        if (stage != null) {
            p.set.put("stages." + stage.name(), 1);
        }
    }

    @Override
    public void apply(String collection, DossierChange change) {
        Map<String, long[]> known = versions(collection);
        long[] sections = known.get(change.dossierId());
        boolean first = sections == null;
        if (first) {
            sections = absentVersions();
            known.put(change.dossierId(), sections);
        }
        int section = change.section().ordinal();
        if (sections[section] != Long.MIN_VALUE && sections[section] >= change.version()) {
            // the live guard matches nothing: the section holds this or a newer version
            return;
        }
        sections[section] = change.version();
        Pending p = pending(collection, change.dossierId(), first);
        p.set.put(change.section().versionPath(), change.version());
        change.fields().forEach((field, value) -> p.set.put(change.section().path(field), ViewUpdates.plain(value)));
    }

    /** Sends what is pending, collection by collection; returns the number of documents written. */
    public int flush() {
        int sent = 0;
        for (String collection : pending.keySet().toArray(String[]::new)) {
            sent += flush(collection);
        }
        return sent;
    }

    /** Sends the writes of each collection with {@code flushEvery} documents pending; returns how many were written. */
    public int flushIfFull() {
        int sent = 0;
        for (String collection : pending.keySet().toArray(String[]::new)) {
            if (pending.get(collection).size() >= flushEvery) {
                sent += flush(collection);
            }
        }
        return sent;
    }

    private int flush(String collection) {
        Map<String, Pending> documents = pending.remove(collection);
        if (documents == null || documents.isEmpty()) {
            return 0;
        }
        BulkOperations bulk = mongo.bulkOps(BulkMode.ORDERED, collection);
        documents.forEach((id, p) -> {
            if (p.insert) {
                bulk.insert(nested(id, p.set));
            } else {
                Update update = new Update();
                p.set.forEach(update::set);
                bulk.updateOne(ViewUpdates.byId(id), update);
            }
        });
        bulk.execute();
        return documents.size();
    }

    /** The document a {@code $set} of these dotted paths makes from nothing. */
    static Document nested(String id, Map<String, Object> set) {
        Document document = new Document("_id", id);
        set.forEach((path, value) -> {
            Document parent = document;
            String[] parts = path.split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                Object child = parent.get(parts[i]);
                if (child instanceof Document d) {
                    parent = d;
                } else {
                    Document d = new Document();
                    parent.put(parts[i], d);
                    parent = d;
                }
            }
            parent.put(parts[parts.length - 1], value);
        });
        return document;
    }

    private Pending pending(String collection, String id, boolean insert) {
        return pending.computeIfAbsent(collection, c -> new LinkedHashMap<>())
                .computeIfAbsent(id, i -> new Pending(insert));
    }

    private Map<String, long[]> versions(String collection) {
        return versions.computeIfAbsent(collection, c -> new HashMap<>());
    }

    private static long[] absentVersions() {
        long[] v = new long[SECTIONS.length];
        java.util.Arrays.fill(v, Long.MIN_VALUE);
        return v;
    }
}
