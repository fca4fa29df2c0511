package vn.ocop.local;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store answers {@code _id} + other conditions from the {@code _id} index, with the same results as
 * upstream mongo-java-server, and reads files written by the upstream backend.
 */
class IdLookupH2BackendTest {

    @TempDir
    Path dir;

    @Test
    void guardedWritesReadOneDocumentNotTheCollectionAndKeepTheirMeaning() {
        IdLookupH2Backend backend = new IdLookupH2Backend(dir.resolve("a.mv").toString());
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoCollection<Document> views = client.getDatabase("t").getCollection("views");
            List<Document> docs = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                docs.add(new Document("_id", "D-" + i).append("version", 1L).append("status", "DRAFT"));
            }
            views.insertMany(docs);

            long before = backend.documentsExamined();
            // optimistic lock: matches at version 1 ...
            assertThat(views.updateOne(and(eq("_id", "D-7"), eq("version", 1L)),
                    Updates.combine(Updates.set("status", "SUBMITTED"), Updates.set("version", 2L)))
                    .getModifiedCount()).isEqualTo(1);
            // ... and not again: the extra condition is still applied
            assertThat(views.updateOne(and(eq("_id", "D-7"), eq("version", 1L)), Updates.set("status", "X"))
                    .getMatchedCount()).isZero();
            // the flat shape Spring Data writes for where("_id").is(..).and("version").is(..)
            assertThat(views.updateOne(new Document("_id", "D-8").append("version", 1L), Updates.set("version", 2L))
                    .getModifiedCount()).isEqualTo(1);
            // version-guarded upsert of a new document (the projection's shape)
            views.updateOne(and(eq("_id", "D-new"), or(lt("grade.version", 3L), exists("grade.version", false))),
                    Updates.set("grade.version", 3L), new UpdateOptions().upsert(true));
            // an older event for it changes nothing
            assertThat(views.updateOne(and(eq("_id", "D-new"),
                            or(lt("grade.version", 2L), exists("grade.version", false))),
                    Updates.set("grade.version", 2L)).getMatchedCount()).isZero();
            long examined = backend.documentsExamined() - before;

            assertThat(examined).as("documents examined for 5 writes by _id among 2,000").isLessThan(20);
            assertThat(views.find(eq("_id", "D-7")).first()).containsEntry("status", "SUBMITTED")
                    .containsEntry("version", 2L);
            assertThat(views.find(eq("_id", "D-new")).first().get("grade", Document.class))
                    .containsEntry("version", 3L);
            // a query without _id still scans and finds what it should
            assertThat(views.countDocuments(eq("status", "DRAFT"))).isEqualTo(1_999);
        } finally {
            server.shutdown();
        }
    }

    @Test
    void opensFilesWrittenByTheUpstreamBackend() {
        String file = dir.resolve("b.mv").toString();
        MongoServer upstream = new MongoServer(new H2Backend(file));
        InetSocketAddress first = upstream.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + first.getPort())) {
            client.getDatabase("t").getCollection("c").insertOne(new Document("_id", "Tỏi Lý Sơn").append("v", 1));
        } finally {
            upstream.shutdown();
        }
        MongoServer server = new MongoServer(new IdLookupH2Backend(file));
        InetSocketAddress second = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + second.getPort())) {
            MongoCollection<Document> c = client.getDatabase("t").getCollection("c");
            assertThat(c.find(and(eq("_id", "Tỏi Lý Sơn"), eq("v", 1))).first()).isNotNull();
            assertThat(c.countDocuments()).isEqualTo(1);
        } finally {
            server.shutdown();
        }
    }
}
