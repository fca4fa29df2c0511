package vn.ocop.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.ocop.contracts.ContractValidator;

/** What services' tests read back from the topics: an aggregate's events, waited for, checked against the contracts. */
public final class EventLog {

    /** Long enough for an outbox relay and a consumer on the shared test broker, with a loaded machine. */
    public static final Duration WAIT = Duration.ofSeconds(30);

    private EventLog() {}

    /**
     * The events with this key now on the topic, in order, one per ce_id: the relay publishes at least
     * once, and a copy with a ce_id already seen is the same event, as consumers see it.
     */
    public static List<ConsumerRecord<String, byte[]>> eventsOf(String topic, String key) {
        Set<String> seen = new HashSet<>();
        return TestInfrastructure.readAll(topic).stream()
                .filter(r -> key.equals(r.key()))
                .sorted(Comparator.comparingLong(ConsumerRecord::offset))
                .filter(r -> seen.add(TestInfrastructure.header(r, "ce_id")))
                .toList();
    }

    public static List<String> typesOf(String topic, String key) {
        return eventsOf(topic, key).stream()
                .map(r -> TestInfrastructure.header(r, "ce_type"))
                .toList();
    }

    /** Waits until the key's events are exactly these types, in order; each is checked against its contract. */
    public static List<ConsumerRecord<String, byte[]>> awaitEvents(String topic, String key, String... types) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(typesOf(topic, key)).containsExactly(types));
        List<ConsumerRecord<String, byte[]>> records = eventsOf(topic, key);
        records.forEach(EventLog::assertContract);
        return records;
    }

    public static String text(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    /** Every header and the body of the record validate against infra/contracts. */
    public static void assertContract(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        assertThat(ContractValidator.load().validateEvent(headers, text(record)))
                .as(headers.get("ce_type") + " " + text(record))
                .isEmpty();
    }
}
