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
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

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
        super(open(fileName));
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

        Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
                   MVMap<String, Object> meta) {
            super(database, name, options, data, meta, getCursorRegistry());
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
            // what an aggregation reads: the whole collection (upstream's pipelines use no index)
            ScanReport.record(getCollectionName(), new Document("aggregate", 1), null, count());
            return java.util.stream.StreamSupport.stream(queryAll().spliterator(), false);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                             int batchSize, Document fieldSelector) {
            Object id = idCondition(query);
            if (id != null) {
                Document byId = new Document("_id", id);
                for (Index<Object> index : getIndexes()) {
                    if (index.canHandle(byId)) {
                        // candidates by _id; matchDocuments applies the whole query to each
                        return matchDocuments(query, index.getPositions(byId), orderBy, numberToSkip, limit,
                                batchSize, fieldSelector);
                    }
                }
            }
            if (!query.isEmpty() && getIndexes().stream().noneMatch(index -> index.canHandle(query))) {
                ScanReport.record(getCollectionName(), query, orderBy, count());
            }
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
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
