package vn.ocop.reliability;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** What is on a topic, read from offset 0 to the current end by a plain consumer outside any group. */
public final class TopicLog {

    /** bootstrap and credentials (the launcher's admin: it reads every topic) */
    private final Map<String, Object> client;

    TopicLog(Map<String, Object> client) {
        this.client = Map.copyOf(client);
    }

    /** One record as the harness compares it: its CloudEvents headers and body. */
    public record Event(
            String topic, int partition, long offset, String key, Map<String, String> headers, byte[] value) {

        public String ceId() {
            return headers.get("ce_id");
        }

        public String ceType() {
            return headers.get("ce_type");
        }

        public String body() {
            return value == null ? "" : new String(value, StandardCharsets.UTF_8);
        }
    }

    public List<Event> read(String topic) {
        return read(topic, e -> true);
    }

    public List<Event> read(String topic, Predicate<Event> filter) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            List<Event> events = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end within 60 s");
                }
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    Map<String, String> headers = new LinkedHashMap<>();
                    for (Header h : r.headers()) {
                        headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
                    }
                    Event event = new Event(r.topic(), r.partition(), r.offset(), r.key(), headers, r.value());
                    if (filter.test(event)) {
                        events.add(event);
                    }
                }
            }
            return events;
        }
    }

    /** Sum of the end offsets of a topic's partitions: grows with every record written to it. */
    public long endOffsetSum(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            return consumer.endOffsets(partitions, Duration.ofSeconds(30)).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }
    }

    /** Records per ce_id among these events: more than one is a raw duplicate. */
    public static Map<String, Long> countByCeId(List<Event> events) {
        return events.stream().collect(Collectors.groupingBy(Event::ceId, HashMap::new, Collectors.counting()));
    }

    private Properties properties() {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "reliability-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return p;
    }
}
