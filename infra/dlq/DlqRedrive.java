import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Copies the records of a dead-letter topic {@code <topic>.<group>.dlq} back to {@code <topic>}, keeping key, value
 * and the CloudEvents headers (ce_id above all: consumer groups that applied the event already drop the copy),
 * dropping the binder's x-exception-* / x-original-* diagnostics and adding {@code ocop_redriven_from}. Progress is
 * committed under the consumer group {@code dlq-redrive.<dlq topic>}, so a second run copies only what arrived since.
 * Run through infra/dlq-redrive.sh (java single-file launch with kafka-clients on the class path). The brokers
 * authenticate it like any client: {@code --command-config <file>} (or KAFKA_COMMAND_CONFIG) names a Kafka client
 * properties file with {@code security.protocol}, {@code sasl.mechanism} and {@code sasl.jaas.config} of a user that
 * may read the DLQ and its group and write the target topic (an operator's admin user; the embedded launcher writes
 * one to {@code <data>/run/kafka-admin.properties}).
 */
public class DlqRedrive {

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        String bootstrap = opt.getOrDefault("bootstrap", System.getenv().getOrDefault("KAFKA_BOOTSTRAP",
                "localhost:19092"));
        String dlq = require(opt, "dlq");
        if (!dlq.endsWith(".dlq")) {
            throw new IllegalArgumentException("--dlq must name a <topic>.<group>.dlq topic, got " + dlq);
        }
        String withoutSuffix = dlq.substring(0, dlq.length() - ".dlq".length());
        String target = opt.getOrDefault("to", withoutSuffix.substring(0, withoutSuffix.lastIndexOf('.')));
        String onlyType = opt.get("type");
        boolean dryRun = opt.containsKey("dry-run");
        long max = Long.parseLong(opt.getOrDefault("max", String.valueOf(Long.MAX_VALUE)));
        Properties security = new Properties();
        String commandConfig = opt.getOrDefault("command-config", System.getenv("KAFKA_COMMAND_CONFIG"));
        if (commandConfig != null && !commandConfig.isBlank()) {
            try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(commandConfig))) {
                security.load(in);
            }
        }

        Properties c = new Properties();
        c.putAll(security);
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "dlq-redrive." + dlq);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        Properties p = new Properties();
        p.putAll(security);
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());

        long copied = 0;
        long skipped = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c);
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
            List<TopicPartition> parts = consumer.partitionsFor(dlq).stream()
                    .map(i -> new TopicPartition(dlq, i.partition())).toList();
            consumer.assign(parts);
            // copy what is there now; records parked while this runs wait for the next run
            Map<TopicPartition, Long> end = consumer.endOffsets(parts);
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            while (copied < max && parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofSeconds(1))) {
                    if (r.offset() >= end.get(new TopicPartition(r.topic(), r.partition())) || copied >= max) {
                        continue;
                    }
                    String type = header(r, "ce_type");
                    if (onlyType != null && !onlyType.equals(type)) {
                        skipped++;
                    } else {
                        System.out.printf("%s %s@%d ce_id=%s ce_type=%s reason=%s%n", dryRun ? "would copy" : "copy",
                                dlq, r.offset(), header(r, "ce_id"), type, header(r, "x-exception-message"));
                        if (!dryRun) {
                            ProducerRecord<byte[], byte[]> copy = new ProducerRecord<>(target, r.key(), r.value());
                            for (Header h : r.headers()) {
                                if (!h.key().startsWith("x-exception-") && !h.key().startsWith("x-original-")) {
                                    copy.headers().add(h);
                                }
                            }
                            copy.headers().add("ocop_redriven_from",
                                    (dlq + "@" + r.partition() + ":" + r.offset()).getBytes(StandardCharsets.UTF_8));
                            producer.send(copy);
                        }
                        copied++;
                    }
                    done.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
                }
                if (!dryRun && !done.isEmpty()) {
                    producer.flush(); // acknowledged by the brokers before the DLQ position moves on
                    consumer.commitSync(done);
                }
            }
        }
        System.out.printf("%s %d record(s) from %s to %s; %d skipped (other types)%n",
                dryRun ? "would copy" : "copied", copied, dlq, target, skipped);
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            if (name.equals("dry-run")) {
                opt.put(name, "true");
            } else {
                opt.put(name, args[++i]);
            }
        }
        return opt;
    }

    private static String require(Map<String, String> opt, String name) {
        String v = opt.get(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }
}
