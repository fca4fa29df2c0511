package vn.ocop.reporting.dashboard.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The platform health panel, for monitoring only (never business flow): consumer lag and dead-letter counts read
 * from Kafka itself, and each service's outbox backlog scraped from its Prometheus endpoint. Every source has a
 * short timeout; what cannot be read is reported as unknown (null) rather than blocking the dashboard. Results are
 * cached for a few seconds so that a busy stream does not hammer the broker; an aged result is still given while one
 * refresh reads the sources in the background (the reads take up to a timeout each, and every dashboard request used
 * to wait for them, holding the others behind a lock: the dashboard's whole p99 at national size). Only the very
 * first snapshot is read on the caller's thread.
 */
@Component
public class PlatformHealth implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PlatformHealth.class);
    private static final Duration CACHE = Duration.ofSeconds(3);

    public record ServiceHealth(String name, String status) {}

    public record Snapshot(Long consumerLag, Long dlqCount, Long outboxBacklog, List<ServiceHealth> services) {}

    /** spring.kafka.* as an admin client sees it: brokers and this service's own Kafka credentials */
    private final Map<String, Object> kafkaClient;

    private final List<String> groups;
    private final Map<String, String> services;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient http;
    private Admin admin;
    private volatile Timed cached;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "platform-health-refresh");
        t.setDaemon(true);
        return t;
    });

    private record Timed(Snapshot snapshot, Instant at) {}

    public PlatformHealth(
            Environment env,
            Clock clock,
            KafkaProperties kafka,
            @Value("${ocop.reporting.health.consumer-groups:reporting-service}") List<String> groups,
            @Value("${ocop.reporting.health.timeout:PT1S}") Duration timeout) {
        this.kafkaClient = kafka.buildAdminProperties();
        this.groups = groups;
        this.services = Binder.get(env)
                .bind(
                        "ocop.reporting.health.services",
                        org.springframework.boot.context.properties.bind.Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** The last snapshot read; past {@link #CACHE}, one refresh is started in the background. */
    public Snapshot snapshot() {
        Timed last = cached;
        if (last == null) {
            synchronized (this) {
                if (cached == null) {
                    cached = new Timed(read(), clock.instant());
                }
                return cached.snapshot();
            }
        }
        Instant now = clock.instant();
        if ((now.isBefore(last.at()) || !now.isBefore(last.at().plus(CACHE)))
                && refreshing.compareAndSet(false, true)) {
            try {
                refresher.execute(() -> {
                    try {
                        cached = new Timed(read(), clock.instant());
                    } catch (RuntimeException e) {
                        log.warn("platform health refresh failed, the last snapshot is kept: {}", e.toString());
                    } finally {
                        refreshing.set(false);
                    }
                });
            } catch (RejectedExecutionException shuttingDown) {
                refreshing.set(false);
            }
        }
        return last.snapshot();
    }

    /** Reads every source now (each bounded by the timeout). */
    Snapshot read() {
        Long lag = null;
        Long dlq = null;
        try {
            lag = consumerLag();
            dlq = deadLetters();
        } catch (Exception e) {
            log.debug("Kafka health not readable: {}", e.toString());
        }
        List<ServiceHealth> list = new ArrayList<>();
        Long backlog = services.isEmpty() ? null : 0L;
        for (Map.Entry<String, String> s : new java.util.TreeMap<>(services).entrySet()) {
            Long b = scrapeBacklog(s.getValue());
            list.add(new ServiceHealth(s.getKey(), b == null ? "DOWN" : "UP"));
            backlog = b == null || backlog == null ? backlog : backlog + b;
        }
        return new Snapshot(lag, dlq, backlog, list);
    }

    /** Records not yet consumed, summed over the platform's consumer groups (end offset − committed offset). */
    long consumerLag() throws Exception {
        long lag = 0;
        for (String group : groups) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin().listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            committed.values().removeIf(java.util.Objects::isNull);
            if (committed.isEmpty()) {
                continue;
            }
            Map<TopicPartition, Long> end = offsets(committed.keySet(), OffsetSpec.latest());
            for (var e : committed.entrySet()) {
                lag += Math.max(
                        0, end.getOrDefault(e.getKey(), 0L) - e.getValue().offset());
            }
        }
        return lag;
    }

    /** Records in every {@code *.dlq} topic (end − start offsets). */
    long deadLetters() throws Exception {
        Set<String> dlqs = admin().listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS).stream()
                .filter(t -> t.endsWith(".dlq"))
                .collect(Collectors.toSet());
        if (dlqs.isEmpty()) {
            return 0;
        }
        Set<TopicPartition> partitions =
                admin()
                        .describeTopics(dlqs)
                        .allTopicNames()
                        .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                        .values()
                        .stream()
                        .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                        .collect(Collectors.toSet());
        Map<TopicPartition, Long> end = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> start = offsets(partitions, OffsetSpec.earliest());
        return partitions.stream()
                .mapToLong(tp -> end.getOrDefault(tp, 0L) - start.getOrDefault(tp, 0L))
                .sum();
    }

    private Map<TopicPartition, Long> offsets(Set<TopicPartition> partitions, OffsetSpec spec) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result =
                admin().listOffsets(request).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> out = new LinkedHashMap<>();
        result.forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }

    /** Sum of {@code ocop_outbox_backlog} samples at {@code <base>/actuator/prometheus}; null when unreachable. */
    Long scrapeBacklog(String base) {
        try {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(base.replaceAll("/+$", "") + "/actuator/prometheus"))
                    .timeout(timeout)
                    .GET()
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return null;
            }
            return parseBacklog(response.body());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return null;
        }
    }

    static long parseBacklog(String exposition) {
        double sum = 0;
        for (String line : exposition.split("\n")) {
            if (line.startsWith("ocop_outbox_backlog")) {
                String[] parts = line.trim().split("\\s+");
                sum += Double.parseDouble(parts[parts.length - 1]);
            }
        }
        return (long) sum;
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> config = new HashMap<>(kafkaClient);
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis() * 2);
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis() * 3);
            admin = Admin.create(config);
        }
        return admin;
    }

    @Override
    public synchronized void destroy() {
        refresher.shutdownNow();
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }
}
