package vn.ocop.local;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, with one change: a query that names {@code _id} <em>and</em> other conditions is
 * answered from the {@code _id} index, then matched against the rest, like MongoDB does.
 *
 * <p>Upstream uses an index only when the query's keys are exactly the index's keys, so
 * {@code {_id: "D-1", version: 3}} (every optimistic-locked write of the platform) and
 * {@code {_id: "D-1", $or: [...]}} (every version-guarded projection upsert) scanned the whole collection: a
 * write cost grew with the collection, which no real MongoDB does. Results are the same documents either way
 * (same matcher, same candidates); only the candidates come from the index. The storage format is the upstream
 * one (same map names), so existing data files open unchanged. It also opens the file with a larger page cache
 * ({@link #CACHE_MB}).
 */
final class IdLookupH2Backend extends H2Backend {

    /** Documents matched against a query by every collection of this backend (what the queries cost). */
    private final AtomicLong documentsExamined = new AtomicLong();

    /** MiB of MVStore page cache (upstream opens the file with H2's default of 16). */
    static final int CACHE_MB = Integer.getInteger("ocop.local.mongo-cache-mb", 256);

    IdLookupH2Backend(String fileName) {
        this(open(fileName));
    }

    /** On a store opened by the caller (tests: one that drops old chunks at once). */
    IdLookupH2Backend(MVStore store) {
        super(store);
    }

    /**
     * The MVStore with a page cache large enough for the platform's working set: with H2's default 16 MiB, every
     * scan of a collection larger than that read and deserialised its pages from the file again (the runner's
     * profile during the benchmark: most store threads in {@code MVStore.readPage}, a third of its CPU in GC).
     */
    private static MVStore open(String fileName) {
        return new MVStore.Builder().fileName(fileName).cacheSize(CACHE_MB).open();
    }

    long documentsExamined() {
        return documentsExamined.get();
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    // Inner classes on purpose: upstream constructors open the existing databases and collections before a
    // subclass's own fields are assigned, so these read the backend's state when called, never at construction.
    private final class Database extends H2Database {

        Database(String name) {
            super(name, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            // the map names of upstream H2Database.openOrCreateCollection, so that files stay compatible
            String namespace = getFullCollectionNamespace(collectionName);
            MVStore store = getMvStore();
            MVMap<Object, Document> data = store.openMap("databases." + namespace);
            MVMap<String, Object> meta = store.openMap("meta." + namespace);
            return new Collection(this, collectionName, options, data, meta);
        }
    }

    private final class Collection extends H2Collection {

        /** Null while the upstream constructor runs (then filled from the data at their first use). */
        private final List<PartialIndex> partialIndexes = PartialIndex.declared();

        Collection(
                MongoDatabase database,
                String name,
                CollectionOptions options,
                MVMap<Object, Document> data,
                MVMap<String, Object> meta) {
            super(database, name, options, data, meta, getCursorRegistry());
        }

        // upstream serialises every operation on a collection (AbstractSynchronizedMongoCollection): these hooks and
        // the queries that read the partial indexes never run concurrently on one collection

        @Override
        protected Object addDocumentInternal(Document document) {
            Object position = super.addDocumentInternal(document);
            track(position, document);
            return position;
        }

        @Override
        protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
            super.handleUpdate(position, oldDocument, newDocument);
            track(position, newDocument);
        }

        @Override
        protected void removeDocument(Object position) {
            super.removeDocument(position);
            if (partialIndexes != null) {
                partialIndexes.forEach(index -> index.remove(position));
            }
        }

        private void track(Object position, Document document) {
            if (partialIndexes != null) {
                partialIndexes.forEach(index -> index.track(position, document));
            }
        }

        @Override
        protected boolean documentMatchesQuery(Document document, Document query) {
            AtomicLong examined = documentsExamined; // null while the upstream constructor opens collections
            if (examined != null) {
                examined.incrementAndGet();
            }
            return super.documentMatchesQuery(document, query);
        }

        @Override
        public java.util.stream.Stream<Document> queryAllAsStream() {
            // what an aggregation reads: the whole collection (upstream's pipelines use no index). Read into a list
            // while the version is registered (see queryDocuments); upstream returned a lazy stream
            ScanReport.record(getCollectionName(), new Document("aggregate", 1), null, count());
            MVStore.TxCounter usage = getMvStore().registerVersionUsage();
            try {
                List<Document> all = new java.util.ArrayList<>();
                queryAll().forEach(all::add);
                return all.stream();
            } finally {
                getMvStore().deregisterVersionUsage(usage);
            }
        }

        /**
         * Every query runs with the store version it reads registered as in use. Upstream reads the collection's
         * map without registering: MVStore then keeps an old version only for {@code versionsToKeep} commits and
         * half its retention time (22.5 s), after which it may drop the chunks a long scan is still reading
         * ({@code MVStoreException: Chunk … not found}, once in the official benchmark run at 16,000 dossiers, in
         * an outbox sweep over a busy store). H2's own transactions register the same way.
         */
        @Override
        protected QueryResult queryDocuments(
                Document query, Document orderBy, int numberToSkip, int limit, int batchSize, Document fieldSelector) {
            MVStore.TxCounter usage = getMvStore().registerVersionUsage();
            try {
                return queryWithIdLookup(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
            } finally {
                getMvStore().deregisterVersionUsage(usage);
            }
        }

        private QueryResult queryWithIdLookup(
                Document query, Document orderBy, int numberToSkip, int limit, int batchSize, Document fieldSelector) {
            Object id = idCondition(query);
            if (id != null) {
                Document byId = new Document("_id", id);
                for (Index<Object> index : getIndexes()) {
                    if (index.canHandle(byId)) {
                        // candidates by _id; matchDocuments applies the whole query to each
                        return matchDocuments(
                                query,
                                index.getPositions(byId),
                                orderBy,
                                numberToSkip,
                                limit,
                                batchSize,
                                fieldSelector);
                    }
                }
            }
            for (PartialIndex partial : partialIndexes) {
                if (partial.serves(query)) {
                    if (!partial.filled) {
                        streamAllDocumentsWithPosition().forEach(d -> partial.track(d.getPosition(), d.getDocument()));
                        partial.filled = true;
                    }
                    Iterable<Object> candidates = limit > 0 && partial.inOrderOf(orderBy)
                            ? firstMatches(partial, query, numberToSkip + limit)
                            : List.copyOf(partial.positions);
                    return matchDocuments(query, candidates, orderBy, numberToSkip, limit, batchSize, fieldSelector);
                }
            }
            if (!query.isEmpty() && getIndexes().stream().noneMatch(index -> index.canHandle(query))) {
                ScanReport.record(getCollectionName(), query, orderBy, count());
            }
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }

        /**
         * The first {@code wanted} members matching {@code query} in the index's order, read one by one: the
         * matches a sorted query with that limit returns (matchDocuments then sorts, skips and limits them as
         * usual). Stops early at a member past the query's upper bound on the order field, after which none can
         * match.
         */
        private List<Object> firstMatches(PartialIndex partial, Document query, int wanted) {
            Object bound = PartialIndex.upperBound(query.get(partial.orderField));
            List<Object> found = new java.util.ArrayList<>();
            for (PartialIndex.Keyed member : partial.ordered) {
                if (bound != null && PartialIndex.VALUES.compare(member.key(), bound) > 0) {
                    break;
                }
                Document document = getDocument(member.position());
                if (document != null && documentMatchesQuery(document, query)) {
                    found.add(member.position());
                    if (found.size() >= wanted) {
                        break;
                    }
                }
            }
            return found;
        }
    }

    /**
     * The documents of one collection that meet {@code member}, for the queries that can only match such documents:
     * what a partial index is on a real MongoDB. Upstream uses unique indexes only, so the platform's two periodic
     * queries read their whole collection under its lock, every few seconds, in every service: the outbox sweep
     * ({@code {"outbox.0.time": {$lt: t}}}: documents with events not yet published, almost always none) and the
     * notification queue ({@code {status: "PENDING", nextAttemptAt: …}}: deliveries still to send). At 16,000 dossiers a
     * sweep over the deliveries or the evaluations took long enough (tens of seconds) to time out API calls waiting for
     * the same collection. Kept by the write hooks of the collection; filled from the data at its first query (files
     * written before, or by upstream, need no migration). Results are the same: every candidate is matched against the
     * whole query, and a query is served only when its own condition implies membership.
     * <p>
     * The queue's index also keeps its members in the order of {@code nextAttemptAt}, as a compound index
     * {@code {status: 1, nextAttemptAt: 1}} would: the queue asks for the 100 first due deliveries in that order, and
     * read from the set of all PENDING ones, that query deserialised and sorted every one of them each second while
     * holding the collection and its Netty worker. With a backlog of tens of thousands of e-mails (the 16,000-dossier
     * cycle after the intake scenarios, run G) one poll took up to 30 s, and every connection served by the same
     * worker thread, whatever its collection, waited with it (a score sheet PUT of evaluation-service timed out).
     * Read in order, the query stops after its limit, or at the first member not yet due.
     */
    static final class PartialIndex {

        private static final java.util.Set<String> COMPARISONS = java.util.Set.of("$lt", "$lte", "$gt", "$gte");
        /** The store's own order of values (BSON type order, then value), as its sorts use. */
        static final java.util.Comparator<Object> VALUES = de.bwaldvogel.mongo.backend.ValueComparator.asc();

        /** A member with its value of the order field. */
        record Keyed(Object key, Object position) {}

        private final java.util.function.Predicate<Document> member;
        private final java.util.function.Predicate<Document> serves;
        final java.util.Set<Object> positions = java.util.concurrent.ConcurrentHashMap.newKeySet();
        /** The order field, or null when the members are kept in no order. */
        final String orderField;
        /** The members by (order field, position); empty without an order field. */
        final java.util.NavigableSet<Keyed> ordered = new java.util.concurrent.ConcurrentSkipListSet<>(
                java.util.Comparator.comparing(Keyed::key, VALUES).thenComparing(Keyed::position, VALUES));

        private final java.util.Map<Object, Keyed> keyed = new java.util.concurrent.ConcurrentHashMap<>();
        volatile boolean filled;

        private PartialIndex(
                java.util.function.Predicate<Document> member,
                java.util.function.Predicate<Document> serves,
                String orderField) {
            this.member = member;
            this.serves = serves;
            this.orderField = orderField;
        }

        /** A fresh set of the declared partial indexes, for one collection. */
        static List<PartialIndex> declared() {
            return List.of(
                    // the outbox sweep: a comparison on the first entry's time holds only where there is an entry
                    new PartialIndex(
                            d -> d.get("outbox") instanceof List<?> entries && !entries.isEmpty(),
                            q -> q.get("outbox.0.time") instanceof Document c
                                    && !c.isEmpty()
                                    && COMPARISONS.containsAll(c.keySet()),
                            null),
                    // a queue's work: top-level conditions are and-ed, so status = PENDING holds for every match
                    new PartialIndex(
                            d -> "PENDING".equals(d.get("status")),
                            q -> "PENDING".equals(q.get("status")),
                            "nextAttemptAt"));
        }

        boolean serves(Document query) {
            return serves.test(query);
        }

        /** Whether {@code orderBy} is this index's order: ascending on its order field alone. */
        boolean inOrderOf(Document orderBy) {
            return orderField != null
                    && orderBy != null
                    && orderBy.size() == 1
                    && orderBy.get(orderField) instanceof Number n
                    && n.intValue() == 1;
        }

        void track(Object position, Document document) {
            if (member.test(document)) {
                positions.add(position);
                if (orderField != null) {
                    Object key = document.getOrMissing(orderField);
                    Keyed now = new Keyed(key, position);
                    Keyed before = keyed.put(position, now);
                    if (before != null && !before.equals(now)) {
                        ordered.remove(before);
                    }
                    ordered.add(now);
                }
            } else {
                remove(position);
            }
        }

        void remove(Object position) {
            positions.remove(position);
            Keyed before = keyed.remove(position);
            if (before != null) {
                ordered.remove(before);
            }
        }

        /**
         * The value a condition on the order field caps it at ({@code {$lte: v}}, {@code {$lt: v}} or an equality
         * to a plain value), or null when it sets no upper bound.
         */
        static Object upperBound(Object condition) {
            if (condition instanceof Document c) {
                Object lte = c.get("$lte");
                if (lte != null) {
                    return lte;
                }
                return c.get("$lt");
            }
            // an equality; not for an array, which also matches documents whose array contains it
            return condition instanceof java.util.Collection<?> ? null : condition;
        }
    }

    /**
     * The {@code _id} condition that every match must meet, when the query has more than that: top level
     * ({@code {_id: x, version: 3}}) or one of a top-level {@code $and}. Null otherwise, and for {@code _id}
     * alone, which upstream already answers from the index.
     */
    static Object idCondition(Document query) {
        if (query.size() > 1 && query.get("_id") != null) {
            return query.get("_id");
        }
        if (query.size() == 1 && query.get("$and") instanceof List<?> all) {
            for (Object part : all) {
                if (part instanceof Document d && d.size() == 1 && d.get("_id") != null) {
                    return d.get("_id");
                }
            }
        }
        return null;
    }
}
