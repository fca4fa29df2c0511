package vn.ocop.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import vn.ocop.platform.events.CloudEventHeaders;

/**
 * Publishes the events that aggregates keep in their {@code outbox} array, then removes them.
 *
 * <p>Two paths: {@link #enqueue} is called right after a write and relays that document at once
 * (low latency); a periodic sweep finds anything left behind (a crash between write and publish,
 * a broker outage) and relays it. A failed publish leaves the entry in place, so it is retried on
 * the next sweep until Kafka acknowledges: an event is never dropped. A crash after Kafka's
 * acknowledgement and before the removal re-publishes it once more; consumers de-duplicate on
 * ce_id (ADR 0001).
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    public static final String OUTBOX_FIELD = "outbox";
    private static final long FAST_PATH_GRACE_MILLIS = 2_000;

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final OutboxProperties props;
    private final String source;
    private final RelayLock lock;
    private final List<RelayListener> listeners;
    private final boolean fastPathAllowed;
    private final LinkedBlockingQueue<DocRef> wakeUps = new LinkedBlockingQueue<>();
    private final Map<String, AtomicLong> backlog = new ConcurrentHashMap<>();
    private final Counter published;
    private final Counter failures;
    private Thread fastPath;
    private volatile boolean running;

    public OutboxRelay(
            MongoTemplate mongo,
            KafkaTemplate<String, byte[]> kafka,
            OutboxProperties props,
            String source,
            RelayLock lock,
            MeterRegistry meters) {
        this(mongo, kafka, props, source, lock, meters, List.of());
    }

    public OutboxRelay(
            MongoTemplate mongo,
            KafkaTemplate<String, byte[]> kafka,
            OutboxProperties props,
            String source,
            RelayLock lock,
            MeterRegistry meters,
            List<RelayListener> listeners) {
        this.mongo = mongo;
        this.listeners = List.copyOf(listeners);
        this.fastPathAllowed = this.listeners.stream().allMatch(RelayListener::fastPath);
        this.kafka = kafka;
        this.props = props;
        this.source = source;
        this.lock = lock;
        this.published = Counter.builder("ocop.outbox.published")
                .description("events relayed to Kafka")
                .register(meters);
        this.failures = Counter.builder("ocop.outbox.publish.failures")
                .description("relay attempts that Kafka did not acknowledge (retried)")
                .register(meters);
        for (String c : props.collections()) {
            AtomicLong n = new AtomicLong();
            backlog.put(c, n);
            Gauge.builder("ocop.outbox.backlog", n, AtomicLong::get)
                    .tag("collection", c)
                    .description("documents with events unpublished past the fast path's grace period, at the last "
                            + "sweep")
                    .register(meters);
        }
    }

    /** Relay this document's pending events as soon as possible (called after the write committed). */
    public void enqueue(String collection, Object id) {
        if (running && fastPathAllowed) {
            wakeUps.offer(new DocRef(collection, id));
        }
    }

    @Override
    public void start() {
        if (!props.enabled()) {
            log.info("outbox relay disabled");
            return;
        }
        running = true;
        // one thread does both paths, so the sweep never races this instance's own fast path
        fastPath = daemon(this::relayLoop, "outbox-relay");
        fastPath.start();
    }

    @Override
    public void stop() {
        running = false;
        if (fastPath != null) {
            try {
                // let an in-flight batch finish its acknowledgement and removal
                fastPath.join(props.sendTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            fastPath.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // stop after the web server stopped taking requests, start before it takes them
        return Integer.MAX_VALUE - 100;
    }

    private void relayLoop() {
        long sweepEvery = props.sweepInterval().toNanos();
        long idleEvery = props.idleSweepInterval().toNanos();
        long nextSweep = System.nanoTime() + sweepEvery;
        while (running) {
            try {
                long wait = Math.max(0, nextSweep - System.nanoTime());
                DocRef first = wakeUps.poll(wait, TimeUnit.NANOSECONDS);
                if (first == null) {
                    // found something (or failed): look again soon; found nothing: the idle interval
                    nextSweep = System.nanoTime() + (sweepSafely() == 0 ? idleEvery : sweepEvery);
                    continue;
                }
                List<DocRef> refs = new ArrayList<>();
                refs.add(first);
                wakeUps.drainTo(refs, props.batchSize() - 1);
                Map<String, List<Object>> byCollection = new LinkedHashMap<>();
                for (DocRef r : refs) {
                    byCollection
                            .computeIfAbsent(r.collection(), k -> new ArrayList<>())
                            .add(r.id());
                }
                byCollection.forEach((c, ids) -> relay(
                        c,
                        Query.query(Criteria.where("_id")
                                .in(ids)
                                .and(OUTBOX_FIELD + ".0")
                                .exists(true)),
                        false));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // left in the outbox: the sweep retries
                failures.increment();
                log.warn("outbox fast path failed, the sweep will retry: {}", e.toString());
            }
        }
    }

    /** The documents the sweep found pending, or -1 when it failed. */
    private int sweepSafely() {
        try {
            return sweep();
        } catch (RuntimeException e) {
            failures.increment();
            log.warn("outbox sweep failed, retrying next time: {}", e.toString());
            return -1;
        }
    }

    /**
     * One pass over every outbox collection; public so that tests can drive it deterministically. One query per
     * collection and batch (no separate count: on a store without a usable index each is a whole-collection scan).
     *
     * @return the documents found with events unpublished past the grace period (relayed now, or left for the next
     *         pass if Kafka did not acknowledge them); 0 also when another instance holds the sweep
     */
    public int sweep() {
        // the holder renews it at each of its sweeps: at least two idle intervals, so that it never lapses between
        Duration lease = props.sweepInterval().multipliedBy(20);
        if (lease.compareTo(props.idleSweepInterval().multipliedBy(2)) < 0) {
            lease = props.idleSweepInterval().multipliedBy(2);
        }
        if (!lock.tryAcquire("outbox-relay", lease)) {
            return 0;
        }
        // entries younger than the grace period belong to some instance's fast path right now
        Date cutoff = new Date(System.currentTimeMillis() - FAST_PATH_GRACE_MILLIS);
        int found = 0;
        for (String collection : props.collections()) {
            int inCollection = 0;
            int relayed;
            do {
                relayed = relay(
                        collection,
                        Query.query(Criteria.where(OUTBOX_FIELD + ".0.time").lt(cutoff))
                                .limit(props.batchSize()),
                        true);
                inCollection += relayed;
            } while (relayed == props.batchSize() && running);
            backlog.get(collection).set(inCollection);
            found += inCollection;
        }
        return found;
    }

    /** Publishes the outbox of every matching document and removes what Kafka acknowledged. */
    @SuppressWarnings("unchecked")
    private int relay(String collection, Query query, boolean sweep) {
        query.fields().include(OUTBOX_FIELD);
        List<Document> docs = mongo.find(query, Document.class, collection);
        if (docs.isEmpty()) {
            return 0;
        }
        if (sweep) {
            listeners.forEach(l -> l.beforeSweepPublish(collection, docs.size()));
        }
        Map<Object, List<String>> sentIds = new LinkedHashMap<>();
        Map<Object, List<CompletableFuture<SendResult<String, byte[]>>>> futures = new LinkedHashMap<>();
        for (Document doc : docs) {
            List<Document> entries = (List<Document>) doc.get(OUTBOX_FIELD, List.class);
            for (Document e : entries) {
                futures.computeIfAbsent(doc.get("_id"), k -> new ArrayList<>()).add(kafka.send(toRecord(e)));
                sentIds.computeIfAbsent(doc.get("_id"), k -> new ArrayList<>()).add(e.getString("id"));
            }
        }
        kafka.flush();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        int acknowledged = 0;
        for (var entry : futures.entrySet()) {
            if (allAcknowledged(entry.getValue())) {
                List<String> ids = sentIds.get(entry.getKey());
                bulk.updateOne(
                        Query.query(Criteria.where("_id").is(entry.getKey())),
                        new Update()
                                .pull(
                                        OUTBOX_FIELD,
                                        Query.query(Criteria.where("id").in(ids))));
                acknowledged++;
                published.increment(ids.size());
            }
        }
        if (acknowledged > 0) {
            bulk.execute();
        }
        return docs.size();
    }

    private boolean allAcknowledged(List<CompletableFuture<SendResult<String, byte[]>>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(props.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            failures.increment();
            log.warn("Kafka did not acknowledge an outbox batch; it stays pending: {}", e.toString());
            return false;
        }
    }

    private ProducerRecord<String, byte[]> toRecord(Document e) {
        String key = e.getString("key");
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                e.getString("topic"), key, e.getString("payload").getBytes(StandardCharsets.UTF_8));
        Object time = e.get("time");
        Instant at = time instanceof Date d ? d.toInstant() : Instant.parse(String.valueOf(time));
        header(record, CloudEventHeaders.SPECVERSION, "1.0");
        header(record, CloudEventHeaders.ID, e.getString("id"));
        header(record, CloudEventHeaders.TYPE, e.getString("type"));
        header(record, CloudEventHeaders.SOURCE, source);
        header(record, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(at));
        header(record, CloudEventHeaders.SUBJECT, key);
        header(record, CloudEventHeaders.CONTENT_TYPE, "application/json");
        if (e.getString("traceparent") != null) {
            header(record, CloudEventHeaders.TRACEPARENT, e.getString("traceparent"));
        }
        return record;
    }

    private static void header(ProducerRecord<String, byte[]> r, String name, String value) {
        r.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private record DocRef(String collection, Object id) {}
}
