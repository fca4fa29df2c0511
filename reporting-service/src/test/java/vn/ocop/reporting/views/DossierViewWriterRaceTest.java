package vn.ocop.reporting.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.result.UpdateResult;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.UpdateDefinition;
import vn.ocop.reporting.support.ReportingTestBase;
import vn.ocop.reporting.views.persistence.DossierViewWriter;

/** The concurrent-upsert race: another instance inserts the dossier between our check and our insert. */
class DossierViewWriterRaceTest extends ReportingTestBase {

    private static final String COLLECTION = "race_views";

    @Test
    void retriesAsAGuardedUpdateWhenAConcurrentUpsertInsertedFirst() {
        AtomicInteger races = new AtomicInteger();
        MongoTemplate racing = racingTemplate(races, 3);
        DossierViewWriter writer = new DossierViewWriter(racing);
        String id = unique("dos-race");

        boolean applied = writer.applyIfNewer(
                COLLECTION, new DossierChange(id, ViewSection.STATE, 5, Map.of("status", "ACCEPTED")));

        assertThat(races.get()).isEqualTo(1);
        assertThat(applied).isTrue();
        Document stored = mongo.findById(id, Document.class, COLLECTION);
        assertThat(stored.get("version")).isEqualTo(5L);
        assertThat(stored.getString("status")).isEqualTo("ACCEPTED");
    }

    @Test
    void retryDoesNothingWhenTheConcurrentInsertWasNewer() {
        AtomicInteger races = new AtomicInteger();
        DossierViewWriter writer = new DossierViewWriter(racingTemplate(races, 7));
        String id = unique("dos-race");

        boolean applied = writer.applyIfNewer(
                COLLECTION, new DossierChange(id, ViewSection.STATE, 5, Map.of("status", "ACCEPTED")));

        assertThat(races.get()).isEqualTo(1);
        assertThat(applied).isFalse();
        Document stored = mongo.findById(id, Document.class, COLLECTION);
        assertThat(((Number) stored.get("version")).longValue()).isEqualTo(7L);
        assertThat(stored.getString("status")).isEqualTo("FORWARDED");
    }

    /** A template whose first upsert loses the race against another writer that inserted version {@code theirs}. */
    private MongoTemplate racingTemplate(AtomicInteger races, long theirs) {
        return new MongoTemplate(mongo.getMongoDatabaseFactory(), mongo.getConverter()) {
            @Override
            public UpdateResult upsert(Query query, UpdateDefinition update, String collectionName) {
                if (races.getAndIncrement() == 0) {
                    Object id = query.getQueryObject().get("_id");
                    mongo.insert(
                            new Document("_id", id)
                                    .append("version", theirs)
                                    .append("status", theirs > 5 ? "FORWARDED" : "SUBMITTED"),
                            collectionName);
                    throw new DuplicateKeyException("E11000 duplicate key (simulated concurrent insert)");
                }
                return super.upsert(query, update, collectionName);
            }
        };
    }
}
