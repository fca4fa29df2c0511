package vn.ocop.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A port clash must stop the launcher before anything starts, with one line a person can act on. */
class PortInUseTest {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void takenMongoPortEndsWithExitTwoAndOneLineNamingPortAndFlag() throws Exception {
        PortPlan free = PortPlan.ephemeral();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(PortPlan.LOOPBACK))) {
            int port = taken.getLocalPort();

            int exit = launch(
                    "--mongo-port",
                    String.valueOf(port),
                    "--kafka-port",
                    String.valueOf(free.kafka()),
                    "--kafka-controller-port",
                    String.valueOf(free.kafkaController()),
                    "--smtp-port",
                    String.valueOf(free.smtp()),
                    "--base-port",
                    String.valueOf(free.basePort()));

            assertThat(exit).isEqualTo(2);
            List<String> lines = errLines();
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0))
                    .contains(String.valueOf(port), "MongoDB", "--mongo-port")
                    .doesNotContain("Exception", "\tat ");
        }
        assertThat(dataDir.resolve("kafka")).as("nothing was started").doesNotExist();
    }

    @Test
    void takenServicePortPointsAtBasePort() throws Exception {
        PortPlan free = PortPlan.ephemeral();
        int evaluationPort = free.servicePort(OcopService.EVALUATION);
        try (ServerSocket taken = new ServerSocket(evaluationPort, 1, InetAddress.getByName(PortPlan.LOOPBACK))) {
            int exit = launch(
                    "--base-port",
                    String.valueOf(free.basePort()),
                    "--kafka-port",
                    String.valueOf(free.kafka()),
                    "--kafka-controller-port",
                    String.valueOf(free.kafkaController()),
                    "--mongo-port",
                    String.valueOf(free.mongo()),
                    "--smtp-port",
                    String.valueOf(free.smtp()),
                    "--token-port",
                    String.valueOf(free.tokenIssuer()));

            assertThat(exit).isEqualTo(2);
            assertThat(errLines())
                    .singleElement()
                    .asString()
                    .contains(String.valueOf(evaluationPort), "evaluation-service", "--base-port");
        }
    }

    @Test
    void samePortGivenToTwoPartsIsRefusedBeforeAnyStart() throws Exception {
        PortPlan free = PortPlan.ephemeral();

        int exit = launch(
                "--kafka-port",
                String.valueOf(free.kafka()),
                "--mongo-port",
                String.valueOf(free.kafka()),
                "--services",
                "none",
                "--no-token-issuer");

        assertThat(exit).isEqualTo(2);
        assertThat(errLines()).singleElement().asString().contains("Kafka", "MongoDB", "--mongo-port");
        assertThat(dataDir.resolve("kafka")).doesNotExist();
    }

    private int launch(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return LocalLauncher.run(
                all,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> errLines() throws Exception {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
