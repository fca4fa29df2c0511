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
            assertThat(views.updateOne(
                                    and(eq("_id", "D-7"), eq("version", 1L)),
                                    Updates.combine(Updates.set("status", "SUBMITTED"), Updates.set("version", 2L)))
                            .getModifiedCount())
                    .isEqualTo(1);
            // ... and not again: the extra condition is still applied
            assertThat(views.updateOne(and(eq("_id", "D-7"), eq("version", 1L)), Updates.set("status", "X"))
                            .getMatchedCount())
                    .isZero();
            // the flat shape Spring Data writes for where("_id").is(..).and("version").is(..)
            assertThat(views.updateOne(new Document("_id", "D-8").append("version", 1L), Updates.set("version", 2L))
                            .getModifiedCount())
                    .isEqualTo(1);
            // version-guarded upsert of a new document (the projection's shape)
            views.updateOne(
                    and(eq("_id", "D-new"), or(lt("grade.version", 3L), exists("grade.version", false))),
                    Updates.set("grade.version", 3L),
                    new UpdateOptions().upsert(true));
            // an older event for it changes nothing
            assertThat(views.updateOne(
                                    and(
                                            eq("_id", "D-new"),
                                            or(lt("grade.version", 2L), exists("grade.version", false))),
                                    Updates.set("grade.version", 2L))
                            .getMatchedCount())
                    .isZero();
            long examined = backend.documentsExamined() - before;

            assertThat(examined)
                    .as("documents examined for 5 writes by _id among 2,000")
                    .isLessThan(20);
            assertThat(views.find(eq("_id", "D-7")).first())
                    .containsEntry("status", "SUBMITTED")
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

    /**
     * The outbox sweep and the delivery queue read only the documents that can match (the partial indexes), with the
     * results of a whole-collection scan, as the documents' outboxes and statuses change; and a file written before
     * (here by upstream, which keeps no such index) is indexed at the first query.
     */
    @Test
    void sweepAndQueueQueriesReadOnlyTheirCandidatesWithTheScansResults() {
        String file = dir.resolve("p.mv").toString();
        MongoServer upstream = new MongoServer(new H2Backend(file));
        InetSocketAddress first = upstream.bind();
        java.util.Date old = new java.util.Date(1_000);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + first.getPort())) {
            MongoCollection<Document> docs = client.getDatabase("t").getCollection("docs");
            List<Document> all = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                Document d = new Document("_id", "D-" + i)
                        .append("status", i % 400 == 0 ? "PENDING" : "SENT")
                        .append("nextAttemptAt", new java.util.Date(10_000 - i));
                if (i % 500 == 7) {
                    d.append("outbox", List.of(new Document("id", "E-" + i).append("time", old)));
                } else if (i % 3 == 0) {
                    d.append("outbox", List.of()); // published: the array stays, empty
                }
                all.add(d);
            }
            docs.insertMany(all); // outbox D-7, D-507, D-1007, D-1507; PENDING D-0, D-400, ..., D-1600
        } finally {
            upstream.shutdown();
        }
        IdLookupH2Backend backend = new IdLookupH2Backend(file);
        MongoServer server = new MongoServer(backend);
        InetSocketAddress second = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + second.getPort())) {
            MongoCollection<Document> docs = client.getDatabase("t").getCollection("docs");
            java.util.Date now = new java.util.Date();
            // the shapes Spring Data sends for the relay's and the delivery queue's Criteria (top-level keys)
            Document sweep = new Document("outbox.0.time", new Document("$lt", now));
            Document due = new Document("status", "PENDING").append("nextAttemptAt", new Document("$lt", now));

            long before = backend.documentsExamined();
            assertThat(ids(docs.find(sweep))).containsExactlyInAnyOrder("D-7", "D-507", "D-1007", "D-1507");
            assertThat(ids(docs.find(due).sort(new Document("nextAttemptAt", 1)).limit(3)))
                    .containsExactly("D-1600", "D-1200", "D-800");
            // the sweep: its 4 members; the queue with a limit: its 3 first members in nextAttemptAt order, matched
            // once when read in order and once more by the usual matching, sorting and limiting of those 3
            assertThat(backend.documentsExamined() - before)
                    .as("documents examined by the two queries")
                    .isEqualTo(4 + 3 + 3);

            // published, sent, inserted, deleted: the indexes follow
            docs.updateOne(eq("_id", "D-507"), Updates.pull("outbox", new Document("id", "E-507")));
            docs.updateOne(eq("_id", "D-800"), Updates.set("status", "SENT"));
            docs.insertOne(new Document("_id", "N-1")
                    .append("status", "PENDING")
                    .append("nextAttemptAt", old)
                    .append("outbox", List.of(new Document("id", "E-N").append("time", old))));
            docs.deleteOne(eq("_id", "D-1007"));
            docs.updateOne(eq("_id", "D-3"), Updates.push("outbox", new Document("id", "E-3").append("time", old)));

            before = backend.documentsExamined();
            List<String> swept = ids(docs.find(sweep));
            List<String> queued = ids(docs.find(due).sort(new Document("nextAttemptAt", 1)));
            assertThat(backend.documentsExamined() - before).isEqualTo(4 + 5);
            assertThat(swept).containsExactlyInAnyOrder("D-7", "D-1507", "N-1", "D-3");
            assertThat(queued).containsExactly("N-1", "D-1600", "D-1200", "D-400", "D-0");
            // the same answers as a whole-collection scan: the same conditions inside an $and, which no index serves
            assertThat(ids(docs.find(new Document("$and", List.of(sweep))))).containsExactlyInAnyOrderElementsOf(swept);
            assertThat(ids(docs.find(new Document("$and", List.of(due))).sort(new Document("nextAttemptAt", 1))))
                    .isEqualTo(queued);
        } finally {
            server.shutdown();
        }
    }

    @Test
    void theQueueReadsItsMembersInDueOrderAndStopsAtItsLimitOrAtTheFirstNotYetDue() {
        IdLookupH2Backend backend = new IdLookupH2Backend(dir.resolve("q.mv").toString());
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoCollection<Document> deliveries = client.getDatabase("t").getCollection("deliveries");
            java.util.Date now = new java.util.Date(10_000_000);
            java.util.Random random = new java.util.Random(11);
            List<Document> all = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                // distinct due times in random order; one in five deferred past now (quiet hours, a retry's back-off);
                // one in ten claimed by an instance still sending it; a third already sent
                long at =
                        i % 5 == 0 ? now.getTime() + 1 + i : now.getTime() - 1 - random.nextInt(1_000_000) * 8L - i % 8;
                all.add(new Document("_id", "DLV-" + i)
                        .append("status", i % 3 == 0 ? "SENT" : "PENDING")
                        .append("nextAttemptAt", new java.util.Date(at))
                        .append("claimedUntil", new java.util.Date(i % 10 == 1 ? now.getTime() + 60_000 : 0)));
            }
            deliveries.insertMany(all);
            // the shape DeliveryStore.dueIds sends: PENDING, due, unclaimed, first 100 by due time, ids only
            Document due = new Document("status", "PENDING")
                    .append("nextAttemptAt", new Document("$lte", now))
                    .append("claimedUntil", new Document("$lte", now));
            java.util.function.Supplier<List<String>> queue = () -> ids(deliveries
                    .find(due)
                    .sort(new Document("nextAttemptAt", 1))
                    .limit(100)
                    .projection(new Document("_id", 1)));
            // the same conditions inside an $and: no index serves it, every document is matched and sorted
            java.util.function.Supplier<List<String>> scan = () -> ids(deliveries
                    .find(new Document("$and", List.of(due)))
                    .sort(new Document("nextAttemptAt", 1))
                    .limit(100)
                    .projection(new Document("_id", 1)));

            deliveries.countDocuments(due); // fills the partial index (an aggregation reads every document anyway)
            long before = backend.documentsExamined();
            List<String> first = queue.get();
            long examined = backend.documentsExamined() - before;
            assertThat(first).hasSize(100).isEqualTo(scan.get());
            assertThat(examined)
                    .as("100 due, a few claimed ones skipped, then the 100 matched again")
                    .isLessThan(250);

            // sent, retried later, newly queued, claimed: the order follows the writes
            for (String id : first.subList(0, 30)) {
                deliveries.updateOne(eq("_id", id), Updates.set("status", "SENT"));
            }
            for (String id : first.subList(30, 40)) {
                deliveries.updateOne(
                        eq("_id", id), Updates.set("nextAttemptAt", new java.util.Date(now.getTime() - 1)));
            }
            deliveries.updateOne(
                    eq("_id", first.get(40)), Updates.set("claimedUntil", new java.util.Date(now.getTime() + 1)));
            deliveries.insertOne(new Document("_id", "DLV-new")
                    .append("status", "PENDING")
                    .append("nextAttemptAt", new java.util.Date(0))
                    .append("claimedUntil", new java.util.Date(0)));
            deliveries.deleteOne(eq("_id", first.get(41)));
            before = backend.documentsExamined();
            List<String> second = queue.get();
            examined = backend.documentsExamined() - before;
            assertThat(second)
                    .hasSize(100)
                    .startsWith("DLV-new")
                    .isEqualTo(scan.get())
                    // sent, claimed, deleted; and retried later: now among the last due, past the first 100
                    .doesNotContain(first.get(0), first.get(40), first.get(41), first.get(30))
                    .contains(first.get(42));
            assertThat(examined).isLessThan(250);

            // when fewer than the limit are due, the reading stops at the first one not yet due
            deliveries.updateMany(
                    new Document("status", "PENDING")
                            .append(
                                    "nextAttemptAt",
                                    new Document("$gt", new java.util.Date(now.getTime() - 7_990_000))
                                            .append("$lte", now)),
                    Updates.set("status", "SENT"));
            before = backend.documentsExamined();
            List<String> few = queue.get();
            examined = backend.documentsExamined() - before;
            assertThat(few).isEqualTo(scan.get()).hasSizeLessThan(100).contains("DLV-new");
            long pending = deliveries.countDocuments(new Document("status", "PENDING"));
            assertThat(pending).as("deferred ones still queued").isGreaterThan(600);
            // each due one twice, a few claimed ones once; none of the deferred ones
            assertThat(examined).as("not the %d deferred PENDING ones", pending).isLessThan(few.size() * 2L + 10);
        } finally {
            server.shutdown();
        }
    }

    private static List<String> ids(com.mongodb.client.FindIterable<Document> found) {
        List<String> ids = new ArrayList<>();
        found.forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }
}
