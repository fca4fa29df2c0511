package vn.ocop.bench;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far a service's consumer group is behind a topic. A latency measured while a service still works off the
 * previous scenario's events would measure that backlog, not propagation; so scenarios start from a drained group.
 */
final class ConsumerLag {

    private ConsumerLag() {}

    /** Records of {@code topic} not yet committed by {@code group} (a partition it never committed counts whole). */
    static long lag(Map<String, Object> client, String group, String topic) {
        try (Admin admin = Admin.create(client)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get();
            var partitions =
                    admin
                            .describeTopics(java.util.List.of(topic))
                            .allTopicNames()
                            .get()
                            .get(topic)
                            .partitions()
                            .stream()
                            .map(i -> new TopicPartition(topic, i.partition()))
                            .toList();
            var ends = admin.listOffsets(
                            partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest())))
                    .all()
                    .get();
            long lag = 0;
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata c = committed.get(tp);
                lag += ends.get(tp).offset() - (c == null ? 0 : c.offset());
            }
            return lag;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new BenchFailure("consumer lag of " + group + " on " + topic + ": " + e.getCause(), e);
        }
    }

    /** Waits until the group has caught up; returns the seconds it took, or -1 if it did not within the bound. */
    static double awaitDrained(Map<String, Object> client, String group, String topic, Duration bound) {
        long t0 = System.nanoTime();
        long first = lag(client, group, topic);
        boolean drained = Progress.pollUntil(() -> lag(client, group, topic) == 0, bound, Duration.ofMillis(500));
        double seconds = (System.nanoTime() - t0) / 1e9;
        Progress.say(
                "  %s was %,d records behind on %s: %s after %.1f s",
                group, first, topic, drained ? "caught up" : "still behind", seconds);
        return drained ? seconds : -1;
    }
}
