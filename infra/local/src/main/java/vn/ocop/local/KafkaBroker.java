package vn.ocop.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A single-node Apache Kafka (KRaft, broker and controller in one) in its own JVM, so that its
 * classpath and logging stay apart from the launcher's, and so that it can be killed like a real
 * broker. Data lives in {@code <data>/kafka} and survives restarts: storage is formatted only once.
 *
 * <p>Nobody reaches it anonymously: the client listener is SASL_PLAINTEXT with SCRAM-SHA-512 (one user per service
 * and the launcher's admin, see {@link KafkaCredentials}), the controller listener SASL PLAIN with the controller's
 * own user, and the StandardAuthorizer denies whatever {@link KafkaAccessPlan} does not allow. SCRAM users are
 * written into the metadata when the storage is formatted; a data directory formatted before they existed gets them
 * on its next start, through one start of the broker where the admin may also log in with PLAIN, with no service up.
 */
final class KafkaBroker {

    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration MIGRATION_STOP_GRACE = Duration.ofSeconds(60);

    private final Path logDir;
    private final Path configFile;
    private final Path logFile;
    private final Path credentialsFile;
    private final Path adminConfigFile;
    private final Path kafkaLib;
    private final Path agentJar;
    private final int port;
    private final int controllerPort;
    private ChildProcess process;
    private KafkaCredentials credentials;

    KafkaBroker(Path dataDir, Path kafkaLib, Path agentJar, int port, int controllerPort) {
        this.logDir = dataDir.resolve("kafka");
        this.configFile = dataDir.resolve("run").resolve("kafka-server.properties");
        this.logFile = dataDir.resolve("logs").resolve("kafka.log");
        this.credentialsFile = dataDir.resolve("run").resolve("kafka-credentials.properties");
        this.adminConfigFile = dataDir.resolve("run").resolve("kafka-admin.properties");
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

    /** Client settings of the launcher's admin (a super user): brokers, SASL and its credentials. */
    Map<String, Object> adminProperties() {
        return requireCredentials().clientProperties(KafkaCredentials.ADMIN, bootstrap());
    }

    /** Client settings of one service's own user: what its ACLs allow and nothing more. */
    Map<String, Object> clientProperties(OcopService service) {
        return requireCredentials().clientProperties(service.moduleName(), bootstrap());
    }

    String password(OcopService service) {
        return requireCredentials().password(service.moduleName());
    }

    /** The admin's settings without the brokers, as a file for Kafka's tools ({@code --command-config}), 0600. */
    Path adminConfigFile() {
        requireCredentials();
        return adminConfigFile;
    }

    void start() {
        requireKafkaLib();
        credentials = KafkaCredentials.load(credentialsFile);
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            writeConfig(false);
            formatStorage();
            credentials.markAllStored();
        } else if (!credentials.unstoredScramUsers().isEmpty()) {
            addScramUsers(credentials.unstoredScramUsers());
        }
        writeConfig(false);
        writeAdminConfigFile();
        launch();
    }

    private void launch() {
        process = new ChildProcess(
                "Kafka broker", javaCommand("kafka.Kafka", List.of(configFile.toString())), Map.of(), logFile);
        process.start();
        awaitListening();
    }

    /**
     * A data directory formatted without these SCRAM users (before the broker required authentication, or before a
     * service existed): one start where the admin may also log in with PLAIN (its password is in the broker's
     * config, not in the metadata), the users added through the Admin API, then a clean stop.
     */
    private void addScramUsers(List<String> users) {
        System.out.println("Kafka: adding the SCRAM users " + users + " to " + logDir
                + " (formatted before they existed); the broker starts twice this time");
        writeConfig(true);
        launch();
        Map<String, Object> plainAdmin = new LinkedHashMap<>(adminProperties());
        plainAdmin.put("sasl.mechanism", "PLAIN");
        plainAdmin.put(
                "sasl.jaas.config",
                KafkaCredentials.jaas(
                        KafkaCredentials.PLAIN_LOGIN,
                        KafkaCredentials.ADMIN,
                        credentials.password(KafkaCredentials.ADMIN)));
        plainAdmin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis());
        List<UserScramCredentialAlteration> upserts = users.stream()
                .<UserScramCredentialAlteration>map(user -> new UserScramCredentialUpsertion(
                        user, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), credentials.password(user)))
                .toList();
        try (Admin admin = Admin.create(plainAdmin)) {
            admin.alterUserScramCredentials(upserts).all().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            process.kill();
            throw new LaunchException(
                    "Cannot add the SCRAM users " + users + " to the Kafka data in " + logDir + ": "
                            + e.getMessage() + ". Stop anything else using it, or start from an empty data directory. "
                            + "Last lines of " + logFile + ":\n" + LogTail.of(logFile),
                    1,
                    e);
        } catch (InterruptedException e) {
            process.kill();
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted while adding Kafka users", 1, e);
        }
        process.stop(MIGRATION_STOP_GRACE);
        credentials.markAllStored();
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
        try (Admin admin = admin()) {
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
            throw new LaunchException(
                    "Cannot create Kafka topics on " + bootstrap() + ": " + e.getMessage() + "\nLast lines of "
                            + logFile + ":\n" + LogTail.of(logFile),
                    1,
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted while creating Kafka topics", 1, e);
        }
    }

    /**
     * Makes the services' ACLs exactly {@code wanted}: missing ones are created, stale ones of the same principals
     * removed. Returns once the broker enforces them (it applies ACLs as it replays its metadata log), so that a
     * service started next is not refused for an ACL still on its way.
     */
    void ensureAcls(Set<AclBinding> wanted) {
        Set<String> principals = wanted.stream().map(b -> b.entry().principal()).collect(Collectors.toSet());
        try (Admin admin = admin()) {
            Collection<AclBinding> existing = describeAcls(admin);
            List<AclBinding> stale = existing.stream()
                    .filter(b -> principals.contains(b.entry().principal()) && !wanted.contains(b))
                    .toList();
            if (!stale.isEmpty()) {
                admin.deleteAcls(stale.stream().map(AclBinding::toFilter).toList())
                        .all()
                        .get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            List<AclBinding> missing =
                    wanted.stream().filter(b -> !existing.contains(b)).toList();
            if (!missing.isEmpty()) {
                admin.createAcls(missing).all().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            Instant deadline = Instant.now().plus(ADMIN_TIMEOUT);
            while (!enforced(describeAcls(admin), wanted, stale)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new TimeoutException("the broker did not apply the ACLs within " + ADMIN_TIMEOUT);
                }
                process.pauseWhileAlive(POLL);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new LaunchException(
                    "Cannot set the services' Kafka ACLs on " + bootstrap() + ": " + e.getMessage() + "\nLast lines of "
                            + logFile + ":\n" + LogTail.of(logFile),
                    1,
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted while setting Kafka ACLs", 1, e);
        }
    }

    private static boolean enforced(Collection<AclBinding> now, Set<AclBinding> wanted, List<AclBinding> stale) {
        Set<AclBinding> present = new HashSet<>(now);
        return present.containsAll(wanted) && stale.stream().noneMatch(present::contains);
    }

    private static Collection<AclBinding> describeAcls(Admin admin)
            throws ExecutionException, InterruptedException, TimeoutException {
        return admin.describeAcls(AclBindingFilter.ANY).values().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    private Admin admin() {
        Map<String, Object> config = new LinkedHashMap<>(adminProperties());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis());
        return Admin.create(config);
    }

    private KafkaCredentials requireCredentials() {
        if (credentials == null) {
            throw new IllegalStateException("The Kafka broker has not been started");
        }
        return credentials;
    }

    private void writeAdminConfigFile() {
        Properties config = new Properties();
        adminProperties().forEach((key, value) -> {
            if (!key.equals(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)) {
                config.setProperty(key, String.valueOf(value));
            }
        });
        OwnerOnlyFiles.write(
                adminConfigFile,
                config,
                "The launcher's Kafka admin (super user) for Kafka's tools: "
                        + "--command-config / --producer.config / --consumer.config; infra/dlq-redrive.sh --command-config");
    }

    private void requireKafkaLib() {
        if (!Files.isDirectory(kafkaLib)) {
            throw new LaunchException(
                    "Kafka broker jars not found in " + kafkaLib
                            + ": build the launcher with ./mvnw -pl infra/local package (it copies them to target/kafka-lib),"
                            + " or point -D" + LauncherOptions.KAFKA_LIB_PROPERTY + " at them.",
                    1);
        }
    }

    /** @param admitPlainAdmin also let the admin log in with PLAIN on the client listener (adding SCRAM users) */
    private void writeConfig(boolean admitPlainAdmin) {
        String admin = KafkaCredentials.ADMIN;
        String controller = KafkaCredentials.CONTROLLER;
        String controllerPassword = credentials.password(controller);
        Properties config = new Properties();
        config.setProperty("process.roles", "broker,controller");
        config.setProperty("node.id", "1");
        config.setProperty("controller.quorum.voters", "1@" + PortPlan.LOOPBACK + ":" + controllerPort);
        config.setProperty(
                "listeners",
                "SASL_PLAINTEXT://" + PortPlan.LOOPBACK + ":" + port + ",CONTROLLER://" + PortPlan.LOOPBACK + ":"
                        + controllerPort);
        config.setProperty("advertised.listeners", "SASL_PLAINTEXT://" + PortPlan.LOOPBACK + ":" + port);
        config.setProperty("controller.listener.names", "CONTROLLER");
        config.setProperty("inter.broker.listener.name", "SASL_PLAINTEXT");
        config.setProperty("listener.security.protocol.map", "CONTROLLER:SASL_PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT");
        // clients: SCRAM users, held in the cluster metadata
        config.setProperty(
                "sasl.enabled.mechanisms",
                admitPlainAdmin ? KafkaCredentials.MECHANISM + ",PLAIN" : KafkaCredentials.MECHANISM);
        config.setProperty("sasl.mechanism.inter.broker.protocol", KafkaCredentials.MECHANISM);
        config.setProperty(
                "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config",
                KafkaCredentials.jaas(KafkaCredentials.SCRAM_LOGIN, admin, credentials.password(admin)));
        if (admitPlainAdmin) {
            config.setProperty(
                    "listener.name.sasl_plaintext.plain.sasl.jaas.config",
                    KafkaCredentials.PLAIN_LOGIN + " required user_" + admin + "=\"" + credentials.password(admin)
                            + "\";");
        }
        // the controller cannot read SCRAM users before its metadata is loaded: PLAIN with one user in its config
        config.setProperty("sasl.mechanism.controller.protocol", "PLAIN");
        config.setProperty("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        config.setProperty(
                "listener.name.controller.plain.sasl.jaas.config",
                KafkaCredentials.PLAIN_LOGIN
                        + " required username=\"" + controller + "\" password=\"" + controllerPassword + "\" user_"
                        + controller + "=\"" + controllerPassword + "\";");
        config.setProperty("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        config.setProperty("allow.everyone.if.no.acl.found", "false");
        config.setProperty("super.users", "User:" + admin + ";User:" + controller);
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
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new LaunchException("Cannot create " + logDir + ": " + e.getMessage(), 1, e);
        }
        // it holds the admin's and the controller's passwords
        OwnerOnlyFiles.write(
                configFile, config, "Generated by the OCOP launcher on every start; edits are overwritten");
    }

    /** Formats an empty log directory with every SCRAM user already in the new cluster's metadata. */
    private void formatStorage() {
        List<String> arguments =
                new ArrayList<>(List.of("format", "-t", Uuid.randomUuid().toString(), "-c", configFile.toString()));
        for (String user : KafkaCredentials.scramUsers()) {
            arguments.add("--add-scram");
            arguments.add(
                    KafkaCredentials.MECHANISM + "=[name=" + user + ",password=" + credentials.password(user) + "]");
        }
        ChildProcess format = new ChildProcess(
                "Kafka storage format", javaCommand("kafka.tools.StorageTool", arguments), Map.of(), logFile);
        int exit = format.runToCompletion(FORMAT_TIMEOUT);
        if (exit != 0) {
            throw new LaunchException(
                    "Formatting Kafka storage in " + logDir + " failed (exit " + exit + "). Last lines of " + logFile
                            + ":\n" + LogTail.of(logFile),
                    1);
        }
    }

    private List<String> javaCommand(String mainClass, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.javaExecutable());
        command.addAll(List.of(
                "-Xms64m",
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8",
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

    /** The broker is ready for clients once its client listener accepts connections. */
    private void awaitListening() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new LaunchException(
                        "The Kafka broker stopped during start-up. Last lines of " + logFile + ":\n"
                                + LogTail.of(logFile),
                        1);
            }
            if (accepts(port)) {
                return;
            }
            process.pauseWhileAlive(POLL);
        }
        process.kill();
        throw new LaunchException(
                "The Kafka broker did not listen on " + bootstrap() + " within " + START_TIMEOUT.toSeconds()
                        + " s. Last lines of " + logFile + ":\n" + LogTail.of(logFile),
                1);
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
