package vn.ocop.reporting.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.result.UpdateResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.UpdateDefinition;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import vn.ocop.platform.messaging.EventRouter;
import vn.ocop.platform.messaging.EventRouters;
import vn.ocop.platform.test.TestInfrastructure;
import vn.ocop.reporting.support.Events;
import vn.ocop.reporting.support.ReportingTestBase;
import vn.ocop.reporting.views.application.DossierProjection;
import vn.ocop.reporting.views.application.ViewChangeListener;
import vn.ocop.reporting.views.application.ViewWrites;
import vn.ocop.reporting.views.messaging.ProjectionRoutes;
import vn.ocop.reporting.views.persistence.BulkViewWrites;
import vn.ocop.reporting.views.persistence.DossierViewWriter;

/**
 * The rebuild's bulk writer leaves exactly the documents the live per-record writer leaves for the same sequence of
 * events, including duplicates, out-of-order versions and an evaluation arriving before the dossier's first event,
 * all in one batch.
 */
class BulkViewWritesTest extends ReportingTestBase {

    private static final String D = Events.D;
    private static final String E = Events.E;

    @Autowired
    EventRouters routers;

    @Test
    void oneBatchWithDuplicatesAndOutOfOrderEventsEqualsThePerRecordPath() {
        Sequence sequence = new Sequence();
        ViewCollections live = collections("live");
        ViewCollections bulk = collections("bulk");
        CountingTemplate counting = new CountingTemplate();

        sequence.replay(new DossierViewWriter(mongo), live);
        BulkViewWrites writes = new BulkViewWrites(counting, 1000);
        sequence.replay(writes, bulk);

        assertThat(all(bulk.dossiers()))
                .as("nothing is written before the flush")
                .isEmpty();
        assertThat(writes.flush())
                .as("one write per document: two dossiers and a round")
                .isEqualTo(3);
        assertThat(counting.bulks).as("one ordered bulk per collection").hasValue(2);
        assertThat(counting.singleWrites).as("no per-record write").hasValue(0);

        assertThat(all(bulk.dossiers())).isEqualTo(all(live.dossiers()));
        assertThat(all(bulk.rounds())).isEqualTo(all(live.rounds()));
        assertExpectedContent(bulk, sequence);
    }

    @Test
    void manySmallBatchesFlushedBetweenEventsEqualThePerRecordPathToo() {
        Sequence sequence = new Sequence();
        ViewCollections live = collections("live");
        ViewCollections bulk = collections("bulk");

        sequence.replay(new DossierViewWriter(mongo), live);
        // every document flushed as soon as it has a write: later writes to it are updates of a stored document
        BulkViewWrites writes = new BulkViewWrites(mongo, 1);
        sequence.replay(writes, bulk, writes::flushIfFull);
        writes.flush();

        assertThat(all(bulk.dossiers())).isEqualTo(all(live.dossiers()));
        assertThat(all(bulk.rounds())).isEqualTo(all(live.rounds()));
        assertExpectedContent(bulk, sequence);
    }

    /** What the per-record semantics give, so that the equality above is not between two wrong results. */
    private void assertExpectedContent(ViewCollections views, Sequence s) {
        Document dossier = mongo.findById(s.dossier, Document.class, views.dossiers());
        assertThat(((Number) dossier.get("version")).longValue())
                .as("newest state wins")
                .isEqualTo(5L);
        assertThat(dossier.getString("status")).isEqualTo(statusOf("forwarded"));
        assertThat(dossier.get("stages", Document.class).keySet())
                .containsExactlyInAnyOrder(
                        "DISTRICT_GRADED", "SUBMITTED", "RETURNED", "FORWARDED", "PROVINCE_GRADED", "RECOGNIZED");
        assertThat(dossier.getString("districtCode"))
                .as("identity from the first event, a grade")
                .isEqualTo("533");
        Document province = dossier.get("provinceGrade", Document.class);
        assertThat(((Number) province.get("version")).longValue()).isEqualTo(3L);
        assertThat(province.get("stars"))
                .as("version 2, applied after 3, changed nothing")
                .isEqualTo(5);
        Document expiry = dossier.get("expiry", Document.class);
        assertThat(expiry.getString("state")).isEqualTo("EXPIRED");
        assertThat(dossier.get("recognition", Document.class).get("stars")).isEqualTo(4);

        Document bare = mongo.findById(s.bare, Document.class, views.dossiers());
        assertThat(bare)
                .as("created by apply() when reached() had nothing to write")
                .isNotNull();
        assertThat(bare.get("fiveStar", Document.class).getString("decisionNumber"))
                .isEqualTo("QD-5S");
        assertThat(bare.containsKey("stages")).isFalse();

        Document round = mongo.findById(s.round, Document.class, views.rounds());
        assertThat(((Number) round.get("version")).longValue()).isEqualTo(2L);
        assertThat(round.get("number")).isEqualTo(2);
    }

    private static String statusOf(String type) {
        return JSON.readTree(Events.dossierBody(
                        type, "x", 1, "r", 2040, "p", "533", "n", null, null, "2040-03-16T01:45:00Z"))
                .get("status")
                .asString();
    }

    private ViewCollections collections(String kind) {
        return new ViewCollections(unique("bulk_test_" + kind + "_dossiers"), unique("bulk_test_" + kind + "_rounds"));
    }

    private List<Document> all(String collection) {
        return mongo.find(new Query().with(Sort.by("_id")), Document.class, collection);
    }

    /** One dossier's tangled history, a dossier known only from an event without stage, and a round. */
    private final class Sequence {
        final String round = unique("round-2040");
        final String dossier = unique("dos-bulk");
        final String bare = unique("dos-bare");
        final List<Message<byte[]>> messages = new ArrayList<>();

        Sequence() {
            // an evaluation before the dossier's first event: it creates the document with its identity
            evaluation("district-graded", 1, 3, null);
            dossier("submitted", 2);
            Message<byte[]> forwarded = dossier("forwarded", 5);
            // older than the forwarded state: only its stage counts
            dossier("returned", 3);
            // the same record again (a redelivery)
            messages.add(forwarded);
            evaluation("province-graded", 3, 5, null);
            evaluation("province-graded", 2, 4, null);
            evaluation("product-recognized", 2, 4, "2040-05-29");
            evaluation("recognition-expired", 4, 4, null);
            evaluation("recognition-expiring", 3, 4, null);
            messages.add(round(2));
            messages.add(round(1));
            messages.add(round(2));
        }

        void replay(ViewWrites writes, ViewCollections into) {
            replay(writes, into, () -> {});
        }

        /** Every event in order through the live routes, then a change whose reached() writes nothing. */
        void replay(ViewWrites writes, ViewCollections into, Runnable betweenEvents) {
            DossierProjection projection = new DossierProjection(writes, into, ViewChangeListener.NONE);
            EventRouter dossiers =
                    ProjectionRoutes.dossier(routers.forTopic("bulk-test-dossier", "ocop.dossier.events"), projection);
            EventRouter evaluations = ProjectionRoutes.evaluation(
                    routers.forTopic("bulk-test-evaluation", "ocop.evaluation.events"), projection);
            for (Message<byte[]> m : messages) {
                String type = String.valueOf(m.getHeaders().get("ce_type"));
                (type.startsWith(D) ? dossiers : evaluations).accept(m);
                betweenEvents.run();
            }
            projection.dossierChanged(
                    bare,
                    null,
                    Map.of(),
                    List.of(new DossierChange(
                            bare, ViewSection.FIVE_STAR, 2, Map.of("decisionNumber", "QD-5S", "score", 90.6))));
            betweenEvents.run();
        }

        private Message<byte[]> dossier(String type, long version) {
            Message<byte[]> m = message(
                    D + type + ".v1",
                    dossier,
                    Events.dossierBody(
                            type,
                            dossier,
                            version,
                            round,
                            2040,
                            "Mạch nha Mộ Đức",
                            "533",
                            "Huyện Mộ Đức",
                            "21436",
                            "Xã Đức Lân",
                            "2040-03-16T01:45:00Z"));
            messages.add(m);
            return m;
        }

        private void evaluation(String type, long version, Integer stars, String decisionDate) {
            messages.add(message(
                    E + type + ".v1",
                    dossier,
                    Events.evaluationBody(
                            type, dossier, version, round, "Mạch nha Mộ Đức", "533", "21436", stars, decisionDate)));
        }

        private Message<byte[]> round(long version) {
            return message(D + "round-scheduled.v1", round, body(D + "round-scheduled.v1", n -> {
                n.put("roundId", round);
                n.put("version", version);
                n.put("year", 2040);
                n.put("number", (int) version);
                n.put("districtDeadline", "2040-04-10");
                n.put("provinceDeadline", "2040-05-31");
            }));
        }

        private Message<byte[]> message(String type, String key, String body) {
            return MessageBuilder.withPayload(body.getBytes(StandardCharsets.UTF_8))
                    .copyHeaders(TestInfrastructure.ceHeaders(type, key))
                    .build();
        }
    }

    /** Counts the bulks opened and any per-record write, which the bulk writer must never make. */
    private final class CountingTemplate extends MongoTemplate {
        final AtomicInteger bulks = new AtomicInteger();
        final AtomicInteger singleWrites = new AtomicInteger();

        CountingTemplate() {
            super(mongo.getMongoDatabaseFactory(), mongo.getConverter());
        }

        @Override
        public BulkOperations bulkOps(BulkOperations.BulkMode mode, String collectionName) {
            assertThat(mode).isEqualTo(BulkOperations.BulkMode.ORDERED);
            bulks.incrementAndGet();
            return super.bulkOps(mode, collectionName);
        }

        @Override
        public UpdateResult upsert(Query query, UpdateDefinition update, String collectionName) {
            singleWrites.incrementAndGet();
            return super.upsert(query, update, collectionName);
        }

        @Override
        public UpdateResult updateFirst(Query query, UpdateDefinition update, String collectionName) {
            singleWrites.incrementAndGet();
            return super.updateFirst(query, update, collectionName);
        }
    }
}
