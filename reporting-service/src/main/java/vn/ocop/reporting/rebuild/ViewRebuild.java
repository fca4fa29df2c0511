package vn.ocop.reporting.rebuild;

import com.mongodb.MongoNamespace;
import com.mongodb.client.model.RenameCollectionOptions;
import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import vn.ocop.platform.messaging.EventRouter;
import vn.ocop.platform.messaging.EventRouters;
import vn.ocop.platform.messaging.PoisonMessageException;
import vn.ocop.reporting.views.ViewCollections;
import vn.ocop.reporting.views.application.DossierProjection;
import vn.ocop.reporting.views.application.ViewChangeListener;
import vn.ocop.reporting.views.messaging.ProjectionRoutes;
import vn.ocop.reporting.views.persistence.BulkViewWrites;
import vn.ocop.reporting.views.persistence.CatalogueStore;

/**
 * Rebuilds the event-built views from the beginning of the topics: a plain consumer (no group, nothing committed)
 * reads every partition from offset 0 up to the end offsets taken at the start, the records go through the same
 * routes and projection as the live consumers, into fresh collections; then those are swapped in. The writes go
 * through {@link BulkViewWrites}: the live writer's outcome, with every write about one document within a poll folded
 * into one, sent as one ordered bulk per poll (and every {@link #FLUSH_EVERY} documents) instead of one or two round
 * trips per event.
 * After the swap it moves the catalogue's version, so that the running instances reload their in-memory catalogue
 * (the rebuild runs in a process of its own; the projection into the fresh collections announces nothing).
 */
@Component
public class ViewRebuild {

    public static final String DOSSIER_TOPIC = "ocop.dossier.events";
    public static final String EVALUATION_TOPIC = "ocop.evaluation.events";
    public static final List<String> TOPICS =
            List.of(DOSSIER_TOPIC, EVALUATION_TOPIC, "ocop.reporting.events", "ocop.notification.events");
    static final String SUFFIX = "_rebuild";
    /** Documents per bulk write at most; a poll of {@link #MAX_POLL_RECORDS} events touches fewer (4–5 events each). */
    static final int FLUSH_EVERY = 1000;

    static final int MAX_POLL_RECORDS = 2000;

    /** How far the rebuild got. */
    public record Result(long records, long applied, long skipped) {}

    private final MongoTemplate mongo;
    private final EventRouters routers;
    private final CatalogueStore catalogue;
    /** spring.kafka.* as a consumer sees it: brokers and reporting-service's own Kafka credentials */
    private final Map<String, Object> kafkaClient;

    public ViewRebuild(MongoTemplate mongo, EventRouters routers, CatalogueStore catalogue, KafkaProperties kafka) {
        this.mongo = mongo;
        this.routers = routers;
        this.catalogue = catalogue;
        this.kafkaClient = kafka.buildConsumerProperties();
    }

    /** Replays into fresh collections and swaps them in place of the live ones. */
    public Result rebuildAndSwap(PrintStream progress) {
        ViewCollections fresh = ViewCollections.LIVE.withSuffix(SUFFIX);
        Result result = rebuildInto(fresh, progress);
        swap(fresh.dossiers(), ViewCollections.LIVE.dossiers());
        swap(fresh.rounds(), ViewCollections.LIVE.rounds());
        catalogue.changed();
        progress.println("swapped the rebuilt views in: " + ViewCollections.LIVE);
        return result;
    }

    /** Drops {@code target} and replays every topic into it. */
    public Result rebuildInto(ViewCollections target, PrintStream progress) {
        mongo.dropCollection(target.dossiers());
        mongo.dropCollection(target.rounds());
        // the only writer of the freshly dropped collections: the bulk writer relies on it
        BulkViewWrites writes = new BulkViewWrites(mongo, FLUSH_EVERY);
        DossierProjection projection = new DossierProjection(writes, target, ViewChangeListener.NONE);
        Map<String, EventRouter> routes = Map.of(
                DOSSIER_TOPIC, ProjectionRoutes.dossier(routers.forTopic("rebuild-dossier", DOSSIER_TOPIC), projection),
                EVALUATION_TOPIC,
                        ProjectionRoutes.evaluation(
                                routers.forTopic("rebuild-evaluation", EVALUATION_TOPIC), projection));
        long records = 0;
        long applied = 0;
        long skipped = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProperties())) {
            List<TopicPartition> partitions = TOPICS.stream()
                    .flatMap(t -> consumer.partitionsFor(t).stream())
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long total = end.values().stream().mapToLong(Long::longValue).sum();
            progress.printf("rebuilding %s from %d records on %d partitions%n", target, total, partitions.size());
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    records++;
                    EventRouter router = routes.get(record.topic());
                    if (router == null) {
                        continue;
                    }
                    try {
                        router.accept(MessageBuilder.withPayload(record.value())
                                .copyHeaders(headers(record))
                                .build());
                        applied++;
                    } catch (PoisonMessageException poison) {
                        // the live consumer sent it to the DLQ; the rebuild skips it the same way
                        skipped++;
                    }
                    // between events, never inside a handler (see BulkViewWrites)
                    writes.flushIfFull();
                    if (records % 1000 == 0) {
                        progress.printf(
                                "  %d / %d records (%d applied, %d skipped)%n", records, total, applied, skipped);
                    }
                }
                writes.flush();
            }
        }
        writes.flush();
        progress.printf("done: %d records, %d applied, %d skipped%n", records, applied, skipped);
        return new Result(records, applied, skipped);
    }

    private void swap(String from, String to) {
        if (!mongo.collectionExists(from)) {
            mongo.dropCollection(to);
            return;
        }
        String database = mongo.getDb().getName();
        mongo.getCollection(from)
                .renameCollection(new MongoNamespace(database, to), new RenameCollectionOptions().dropTarget(true));
    }

    private static Map<String, Object> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, Object> headers = new HashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), h.value()));
        return headers;
    }

    private Properties consumerProperties() {
        Properties p = new Properties();
        p.putAll(kafkaClient);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "reporting-service-rebuild-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // large polls (each one bulk write); the broker may wait a little to fill them, never long
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_POLL_RECORDS);
        p.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 64 * 1024);
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        return p;
    }
}
