package vn.ocop.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Raw Kafka on the platform's broker with the project's own perf tools (kafka-tools ProducerPerformance and
 * ConsumerPerformance), in a child JVM so that their threads do not share this JVM's heap and GC.
 */
final class KafkaBaseline {

    static final String TOPIC = "bench.raw";

    record Figures(double producePerSecond, String produceLine, double consumePerSecond, String consumeLine) {}

    private KafkaBaseline() {}

    /** @param clientConfig the client's SASL settings as a properties file, for the tools' --*.config */
    static Figures measure(Map<String, Object> client, Path clientConfig, int records, String java) {
        String bootstrap = String.valueOf(client.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
        createTopic(client, TOPIC, 6);
        List<String> produced = runTool(
                java,
                "org.apache.kafka.tools.ProducerPerformance",
                List.of(
                        "--topic",
                        TOPIC,
                        "--num-records",
                        String.valueOf(records),
                        "--record-size",
                        "300",
                        "--throughput",
                        "-1",
                        "--producer.config",
                        clientConfig.toString(),
                        "--producer-props",
                        "bootstrap.servers=" + bootstrap,
                        "acks=all"));
        // last line: "N records sent, X records/sec (Y MB/sec), A ms avg latency, M ms max latency, p50 …"
        String produceLine = produced.stream()
                .filter(l -> l.contains("records sent"))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new BenchFailure("ProducerPerformance printed no summary: " + produced));
        double produceRate = Double.parseDouble(produceLine.split(",")[1].trim().split(" ")[0]);

        List<String> consumed = runTool(
                java,
                "org.apache.kafka.tools.ConsumerPerformance",
                List.of(
                        "--bootstrap-server",
                        bootstrap,
                        "--consumer.config",
                        clientConfig.toString(),
                        "--topic",
                        TOPIC,
                        "--messages",
                        String.valueOf(records),
                        "--timeout",
                        "60000"));
        // header: start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec,
        //         rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec — the fetch rate excludes the join
        int header = -1;
        for (int i = 0; i < consumed.size(); i++) {
            if (consumed.get(i).startsWith("start.time")) {
                header = i;
            }
        }
        if (header < 0 || header + 1 >= consumed.size()) {
            throw new BenchFailure("ConsumerPerformance printed no figures: " + consumed);
        }
        String[] names = consumed.get(header).split(",\\s*");
        String[] values = consumed.get(header + 1).split(",\\s*");
        double consumeRate = Double.NaN;
        for (int i = 0; i < names.length && i < values.length; i++) {
            if (names[i].trim().equals("fetch.nMsg.sec")) {
                consumeRate = Double.parseDouble(values[i].trim());
            }
        }
        return new Figures(
                produceRate,
                produceLine.trim(),
                consumeRate,
                consumed.get(header + 1).trim());
    }

    static void createTopic(Map<String, Object> client, String topic, int partitions) {
        try (Admin admin = Admin.create(client)) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1)))
                        .all()
                        .get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new BenchFailure("cannot create topic " + topic + ": " + e, e);
        }
    }

    private static List<String> runTool(String java, String mainClass, List<String> args) {
        return ChildJvm.run(java, List.of("-Xmx512m"), mainClass, args, 5);
    }
}
