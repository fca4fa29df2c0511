package vn.ocop.local;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A single-node Apache Kafka (KRaft, broker and controller in one) in its own JVM, so that its
 * classpath and logging stay apart from the launcher's, and so that it can be killed like a real
 * broker. Data lives in {@code <data>/kafka} and survives restarts: storage is formatted only once.
 */
final class KafkaBroker {

    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Path logDir;
    private final Path configFile;
    private final Path logFile;
    private final Path kafkaLib;
    private final Path agentJar;
    private final int port;
    private final int controllerPort;
    private ChildProcess process;

    KafkaBroker(Path dataDir, Path kafkaLib, Path agentJar, int port, int controllerPort) {
        this.logDir = dataDir.resolve("kafka");
        this.configFile = dataDir.resolve("run").resolve("kafka-server.properties");
        this.logFile = dataDir.resolve("logs").resolve("kafka.log");
        this.kafkaLib = kafkaLib;
        this.agentJar = agentJar;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    String bootstrap() {
        return PortPlan.LOOPBACK + ":" + port;
    }

    Path logFile() {
        return logFile;
    }

    void start() {
        requireKafkaLib();
        writeConfig();
        formatStorageOnce();
        process = new ChildProcess("Kafka broker", javaCommand("kafka.Kafka", List.of(configFile.toString())),
                Map.of(), logFile);
        process.start();
        awaitListening();
    }

    void stop(Duration grace) {
        if (process != null) {
            process.stop(grace);
        }
    }

    void kill() {
        if (process != null) {
            process.kill();
        }
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Creates the planned topics that do not exist yet; existing ones keep their data and settings. */
    void ensureTopics(List<TopicPlan.Topic> topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000))) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic.name()))
                    .map(topic -> new NewTopic(topic.name(), topic.partitions(), (short) 1))
                    .toList();
            for (var result : admin.createTopics(missing).values().entrySet()) {
                try {
                    result.getValue().get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new LaunchException("Cannot create Kafka topics on " + bootstrap() + ": " + e.getMessage()
                    + "\nLast lines of " + logFile + ":\n" + LogTail.of(logFile), 1, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted while creating Kafka topics", 1, e);
        }
    }

    private void requireKafkaLib() {
        if (!Files.isDirectory(kafkaLib)) {
            throw new LaunchException("Kafka broker jars not found in " + kafkaLib
                    + ": build the launcher with ./mvnw -pl infra/local package (it copies them to target/kafka-lib),"
                    + " or point -D" + LauncherOptions.KAFKA_LIB_PROPERTY + " at them.", 1);
        }
    }

    private void writeConfig() {
        Properties config = new Properties();
        config.setProperty("process.roles", "broker,controller");
        config.setProperty("node.id", "1");
        config.setProperty("controller.quorum.voters", "1@" + PortPlan.LOOPBACK + ":" + controllerPort);
        config.setProperty("listeners",
                "PLAINTEXT://" + PortPlan.LOOPBACK + ":" + port + ",CONTROLLER://" + PortPlan.LOOPBACK + ":"
                        + controllerPort);
        config.setProperty("advertised.listeners", "PLAINTEXT://" + PortPlan.LOOPBACK + ":" + port);
        config.setProperty("controller.listener.names", "CONTROLLER");
        config.setProperty("inter.broker.listener.name", "PLAINTEXT");
        config.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        config.setProperty("log.dirs", logDir.toAbsolutePath().toString());
        config.setProperty("num.partitions", String.valueOf(TopicPlan.EVENT_PARTITIONS));
        config.setProperty("default.replication.factor", "1");
        config.setProperty("min.insync.replicas", "1");
        config.setProperty("offsets.topic.replication.factor", "1");
        // 50 partitions by default: each costs start-up time and file handles on a small machine
        config.setProperty("offsets.topic.num.partitions", "10");
        config.setProperty("transaction.state.log.replication.factor", "1");
        config.setProperty("transaction.state.log.min.isr", "1");
        config.setProperty("transaction.state.log.num.partitions", "10");
        config.setProperty("share.coordinator.state.topic.replication.factor", "1");
        config.setProperty("share.coordinator.state.topic.min.isr", "1");
        config.setProperty("auto.create.topics.enable", "false");
        // views are rebuilt by replaying topics from the start, so nothing may expire
        config.setProperty("log.retention.ms", "-1");
        config.setProperty("log.retention.bytes", "-1");
        // one node, no one to wait for: consumers join at once instead of after 3 s
        config.setProperty("group.initial.rebalance.delay.ms", "0");
        // after a kill -9 the restarted broker waits for its old registration's session to lapse
        // before it serves clients: 4.5 s instead of the default 9 s (heartbeats stay well inside it)
        config.setProperty("broker.session.timeout.ms", "4500");
        config.setProperty("broker.heartbeat.interval.ms", "1000");
        try {
            Files.createDirectories(configFile.getParent());
            Files.createDirectories(logDir);
            try (OutputStream out = Files.newOutputStream(configFile)) {
                config.store(out, "Generated by the OCOP launcher on every start; edits are overwritten");
            }
        } catch (IOException e) {
            throw new LaunchException("Cannot write " + configFile + ": " + e.getMessage(), 1, e);
        }
    }

    private void formatStorageOnce() {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        ChildProcess format = new ChildProcess("Kafka storage format",
                javaCommand("kafka.tools.StorageTool",
                        List.of("format", "-t", Uuid.randomUuid().toString(), "-c", configFile.toString())),
                Map.of(), logFile);
        int exit = format.runToCompletion(FORMAT_TIMEOUT);
        if (exit != 0) {
            throw new LaunchException("Formatting Kafka storage in " + logDir + " failed (exit " + exit
                    + "). Last lines of " + logFile + ":\n" + LogTail.of(logFile), 1);
        }
    }

    private List<String> javaCommand(String mainClass, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.javaExecutable());
        command.addAll(List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-Duser.timezone=Asia/Ho_Chi_Minh",
                "-Djava.awt.headless=true",
                // slf4j-simple (see pom): timestamps and thread names make the broker log readable
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSSZ",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka.common.config=warn",
                "-Dorg.slf4j.simpleLogger.log.kafka.server.KafkaConfig=warn",
                "-Dorg.slf4j.simpleLogger.logFile=System.out"));
        command.addAll(ChildProcess.parentWatchFlag(agentJar));
        command.add("-cp");
        command.add(kafkaLib.toAbsolutePath() + java.io.File.separator + "*");
        command.add(mainClass);
        command.addAll(arguments);
        return command;
    }

    /** The broker is ready for clients once its PLAINTEXT listener accepts connections. */
    private void awaitListening() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new LaunchException("The Kafka broker stopped during start-up. Last lines of " + logFile + ":\n"
                        + LogTail.of(logFile), 1);
            }
            if (accepts(port)) {
                return;
            }
            process.pauseWhileAlive(POLL);
        }
        process.kill();
        throw new LaunchException("The Kafka broker did not listen on " + bootstrap() + " within "
                + START_TIMEOUT.toSeconds() + " s. Last lines of " + logFile + ":\n" + LogTail.of(logFile), 1);
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(PortPlan.LOOPBACK, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
