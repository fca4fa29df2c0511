package vn.ocop.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.reporting.support.Events.dossier;
import static vn.ocop.reporting.support.Events.evaluation;
import static vn.ocop.reporting.support.Events.roundScheduled;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import vn.ocop.contracts.ContractExamples;
import vn.ocop.platform.test.TestInfrastructure;
import vn.ocop.reporting.support.ReportingTestBase;
import vn.ocop.reporting.views.ViewCollections;

/** Poison records go to the dead-letter topic; replaying every topic reproduces the live views exactly. */
class RebuildAndDeadLettersTest extends ReportingTestBase {

    @Autowired
    ViewRebuild rebuild;

    @Test
    void malformedRecordGoesToTheDeadLetterTopicAndTheNextOneIsProcessed() {
        String bad = unique("dos-bad");
        send(DOSSIER_TOPIC, "vn.ocop.dossier.submitted.v1", bad, "{not json");
        String round = unique("round-2035");
        String good = unique("dos-good");
        dossier(
                "submitted",
                good,
                2,
                round,
                2035,
                "Mật ong Ba Tơ",
                "535",
                "Huyện Ba Tơ",
                "21487",
                "Xã Ba Điền",
                "2035-03-16T01:45:00Z");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(getOk("/api/v1/funnel?roundId=" + round, "province.officer")
                            .get("total")
                            .asInt())
                    .isEqualTo(1);
            assertThat(TestInfrastructure.readAll("ocop.dossier.events.reporting-service.dlq").stream()
                            .filter(r -> bad.equals(r.key())))
                    .hasSize(1);
        });
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(getOk("/api/v1/dashboard", "operator")
                                .get("health")
                                .get("dlqCount")
                                .asLong())
                        .isGreaterThanOrEqualTo(1));
    }

    @Test
    void producerRegisteredIsAcknowledgedAndSkippedNotDeadLettered() {
        String round = unique("round-2034");
        String marker = unique("dos-after-producer");
        // keyed like the marker that follows: one partition, so the marker's effect means this record was handled
        send(
                DOSSIER_TOPIC,
                "vn.ocop.dossier.producer-registered.v1",
                marker,
                ContractExamples.body("vn.ocop.dossier.producer-registered.v1"));
        dossier(
                "submitted",
                marker,
                2,
                round,
                2034,
                "Mật ong Ba Tơ",
                "535",
                "Huyện Ba Tơ",
                "21487",
                "Xã Ba Điền",
                "2034-03-16T01:45:00Z");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(getOk("/api/v1/funnel?roundId=" + round, "province.officer")
                                .get("total")
                                .asInt())
                        .isEqualTo(1));
        assertThat(TestInfrastructure.readAll("ocop.dossier.events.reporting-service.dlq").stream()
                        .filter(r -> marker.equals(r.key())))
                .isEmpty();
    }

    @Test
    void rebuildFromTheBeginningOfTheTopicsEqualsTheLiveViews() {
        String round = unique("round-2036");
        roundScheduled(round, 2036, 1, "2036-04-10", "2036-05-31");
        String id = unique("dos-rebuild");
        dossier(
                "forwarded",
                id,
                5,
                round,
                2036,
                "Tỏi Lý Sơn",
                "536",
                "Huyện Lý Sơn",
                null,
                null,
                "2036-04-08T09:30:00Z");
        dossier(
                "submitted",
                id,
                2,
                round,
                2036,
                "Tỏi Lý Sơn",
                "536",
                "Huyện Lý Sơn",
                null,
                null,
                "2036-03-16T01:45:00Z");
        evaluation("product-recognized", id, 2, round, "Tỏi Lý Sơn", "536", null, 4, "2036-05-29");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(getOk("/api/v1/catalogue?year=2036", "province.officer")
                                .get("total")
                                .asInt())
                        .isEqualTo(1));
        // the live consumer has caught up once its lag is zero
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(getOk("/api/v1/dashboard", "operator")
                                .get("health")
                                .get("consumerLag")
                                .asLong())
                        .isZero());

        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        ViewCollections fresh = ViewCollections.LIVE.withSuffix("_test_rebuild");
        ViewRebuild.Result result = rebuild.rebuildInto(fresh, new PrintStream(progress, true, StandardCharsets.UTF_8));

        assertThat(result.applied()).isPositive();
        assertThat(progress.toString(StandardCharsets.UTF_8))
                .contains("rebuilding")
                .contains("done:");
        assertThat(all(fresh.dossiers())).isEqualTo(all(ViewCollections.LIVE.dossiers()));
        assertThat(all(fresh.rounds())).isEqualTo(all(ViewCollections.LIVE.rounds()));
        assertThat(all(fresh.dossiers())).isNotEmpty();
    }

    private List<Document> all(String collection) {
        return mongo.find(new Query().with(Sort.by("_id")), Document.class, collection);
    }
}
