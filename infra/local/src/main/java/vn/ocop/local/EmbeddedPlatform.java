package vn.ocop.local;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import vn.ocop.devidentity.DevTokenIssuer;

/**
 * The whole local platform: Kafka (child JVM), MongoDB and SMTP (in this JVM), the development token
 * issuer, and the chosen services (child JVMs). Used by {@link LocalLauncher} and by tests, which can
 * also crash and restart the broker or a service.
 *
 * <p>Children are stopped by {@link #stop()}; if this JVM dies without running it (kill -9), each
 * child notices through {@link ParentWatchAgent} and exits by itself.
 */
public final class EmbeddedPlatform implements AutoCloseable {

    static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(30);
    static final Duration BROKER_STOP_GRACE = Duration.ofSeconds(60);

    /** Quảng Ngãi's directive tasks and 2020 target, which reporting-service imports at start-up. */
    static final String LETTER_878 = "reporting-service/reference-data/quang-ngai-letter-878-2020.json";

    private final Path dataDir;
    private final PortPlan ports;
    private final Set<OcopService> services;
    private final boolean tokenIssuerEnabled;
    private final Path kafkaLib;
    private final Path repoDir;
    private final Duration readinessTimeout;
    /** Class data sharing for the services (null: off); not for additional instances, which share the archive. */
    private final ClassDataSharing cds;

    private final Map<String, String> extraEnvironment;
    /** Put on every service's class path before its own classes (test fixtures such as infra/fault-hooks). */
    private final List<Path> loaderPath;

    private final Map<OcopService, Map<String, String>> perServiceEnvironment;
    /** Where the services' APIs listen; everything else listens on loopback only. */
    private final String bindAddress;

    private final EmbeddedMongo mongo;
    private final EmbeddedSmtp smtp;
    private final Map<OcopService, ServiceProcess> running = new EnumMap<>(OcopService.class);
    private final List<ServiceProcess> extraInstances = new ArrayList<>();
    private KafkaBroker broker;
    private DevTokenIssuer tokenIssuer;
    private Path agentJar;
    private volatile boolean stopping;

    private EmbeddedPlatform(Builder builder) {
        this.dataDir = builder.dataDir.toAbsolutePath().normalize();
        this.ports = builder.ports;
        this.services = EnumSet.copyOf(builder.services);
        this.tokenIssuerEnabled = builder.tokenIssuer;
        this.kafkaLib = builder.kafkaLib;
        this.repoDir = builder.repoDir;
        this.readinessTimeout = builder.readinessTimeout;
        this.cds = builder.cdsDir == null ? null : new ClassDataSharing(builder.cdsDir);
        this.extraEnvironment = Map.copyOf(builder.extraEnvironment);
        this.loaderPath = List.copyOf(builder.loaderPath);
        this.perServiceEnvironment = new EnumMap<>(OcopService.class);
        builder.perServiceEnvironment.forEach((k, v) -> perServiceEnvironment.put(k, Map.copyOf(v)));
        this.bindAddress = builder.bindAddress;
        this.mongo = new EmbeddedMongo(dataDir, ports.mongo());
        this.smtp = new EmbeddedSmtp(ports.smtp());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts everything in dependency order; on failure stops what did start and rethrows. */
    public void start() {
        ports.checkAvailable(services, tokenIssuerEnabled);
        Map<OcopService, Path> jars = new EnumMap<>(OcopService.class);
        services.forEach(service -> jars.put(service, ServiceProcess.locateJar(repoDir, service)));
        agentJar = ParentWatchAgentJar.writeTo(dataDir.resolve("run"));
        broker = new KafkaBroker(dataDir, kafkaLib, agentJar, ports.kafka(), ports.kafkaController());
        // jar extraction for CDS (seconds, once per built jar) runs while the broker starts
        List<CompletableFuture<Boolean>> extractions = cds == null
                ? List.of()
                : services.stream()
                        .map(service -> CompletableFuture.supplyAsync(() -> cds.prepare(service, jars.get(service))))
                        .toList();
        try {
            mongo.start();
            smtp.start();
            if (tokenIssuerEnabled) {
                startTokenIssuer();
            }
            broker.start();
            broker.ensureTopics(TopicPlan.all());
            broker.ensureAcls(KafkaAccessPlan.all());
            extractions.forEach(CompletableFuture::join);
            for (OcopService service : services) {
                startService(service, jars.get(service));
            }
            Instant deadline = Instant.now().plus(readinessTimeout);
            for (OcopService service : services) {
                running.get(service).awaitReady(deadline);
            }
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    /**
     * True when class data sharing is on and every service's current jar has its archive (written when a start of
     * that jar stopped), so that the next start maps the archives.
     */
    public boolean classDataSharingTrained() {
        return cds != null
                && services.stream()
                        .allMatch(service -> cds.trained(service, ServiceProcess.locateJar(repoDir, service)));
    }

    private void startTokenIssuer() {
        try {
            // the key is kept with the data so that tokens minted before a restart stay valid
            tokenIssuer = DevTokenIssuer.start(
                    ports.tokenIssuer(), dataDir.resolve("run").resolve("dev-issuer-key.json"));
        } catch (IllegalStateException e) {
            throw new LaunchException(
                    "Cannot start the development token issuer on port " + ports.tokenIssuer() + ": " + e.getMessage()
                            + " (change it with --token-port)",
                    2,
                    e);
        }
    }

    private void startService(OcopService service, Path jar) {
        if (stopping) {
            throw new LaunchException("Stopped during start-up", 1);
        }
        ServiceProcess process = new ServiceProcess(
                service,
                jar,
                agentJar,
                serviceEnvironment(service),
                ports.managementPort(service),
                logFile(service.moduleName()),
                cds,
                loaderPath);
        synchronized (running) {
            running.put(service, process);
        }
        process.start();
    }

    /** Everything a service is told about its surroundings; the names are the services' contract. */
    Map<String, String> serviceEnvironment(OcopService service) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SERVER_PORT", String.valueOf(ports.servicePort(service)));
        environment.put("MANAGEMENT_SERVER_PORT", String.valueOf(ports.managementPort(service)));
        environment.putAll(listenEnvironment());
        environment.putAll(kafkaEnvironment(service.moduleName()));
        environment.put("MONGODB_URI", mongoUri(service.database()));
        environment.put("SMTP_HOST", PortPlan.LOOPBACK);
        environment.put("SMTP_PORT", String.valueOf(ports.smtp()));
        environment.put("OCOP_EMAIL_TRANSPORT", "smtp");
        // reporting-service's health panel reads <management URL>/actuator/prometheus of each service (monitoring only)
        for (OcopService other : OcopService.values()) {
            environment.put(
                    "OCOP_REPORTING_HEALTH_SERVICES_" + other.name(),
                    "http://" + PortPlan.LOOPBACK + ":" + ports.managementPort(other));
        }
        if (tokenIssuer != null) {
            environment.put("OCOP_JWKS_URI", tokenIssuer.jwksUri());
            environment.put("OCOP_JWT_ISSUER", tokenIssuer.issuer());
        }
        environment.put(
                "OCOP_LAUNCHER_PID", String.valueOf(ProcessHandle.current().pid()));
        if (service == OcopService.REPORTING) {
            // the local platform is Quảng Ngãi's: the province imports its own letter 878 (not in the service jar)
            environment.put(
                    "OCOP_REPORTING_IMPORT",
                    "file:" + repoDir.resolve(LETTER_878).toAbsolutePath());
        }
        environment.putAll(extraEnvironment);
        environment.putAll(perServiceEnvironment.getOrDefault(service, Map.of()));
        return environment;
    }

    /**
     * Where a service listens: its API on the bind address (loopback unless told otherwise), its management port
     * (health details and metrics without a token) on loopback always.
     */
    Map<String, String> listenEnvironment() {
        return Map.of("SERVER_ADDRESS", bindAddress, "MANAGEMENT_SERVER_ADDRESS", PortPlan.LOOPBACK);
    }

    /**
     * Services first (in parallel, SIGTERM then SIGKILL after 30 s) so that none is left without its
     * broker; then the broker; then MongoDB and SMTP in this JVM. Safe to call twice and after a failed start.
     */
    public void stop() {
        stopping = true;
        List<ServiceProcess> toStop;
        synchronized (running) {
            toStop = new ArrayList<>(running.values());
            toStop.addAll(extraInstances);
            running.clear();
            extraInstances.clear();
        }
        toStop.forEach(service -> service.process().requestStop());
        Instant deadline = Instant.now().plus(SERVICE_STOP_GRACE);
        toStop.forEach(service -> service.process().awaitExit(deadline));
        if (broker != null) {
            broker.stop(BROKER_STOP_GRACE);
        }
        mongo.stop();
        smtp.stop();
        if (tokenIssuer != null) {
            tokenIssuer.stop();
            tokenIssuer = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public String kafkaBootstrap() {
        return PortPlan.LOOPBACK + ":" + ports.kafka();
    }

    /**
     * The broker and the service's own Kafka user, as the variables a service reads (KAFKA_BOOTSTRAP, OCOP_KAFKA_*):
     * for a service JVM started outside the launcher. Nobody else's credentials: the ACLs hold it to its own topic.
     */
    public Map<String, String> kafkaEnvironment(String service) {
        OcopService named = OcopService.named(service);
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("KAFKA_BOOTSTRAP", kafkaBootstrap());
        environment.put("OCOP_KAFKA_SECURITY_PROTOCOL", KafkaCredentials.PROTOCOL);
        environment.put("OCOP_KAFKA_SASL_MECHANISM", KafkaCredentials.MECHANISM);
        environment.put("OCOP_KAFKA_USERNAME", named.moduleName());
        environment.put("OCOP_KAFKA_PASSWORD", requireBroker().password(named));
        return environment;
    }

    /**
     * Client settings of the launcher's Kafka admin, a super user (bootstrap, SASL_PLAINTEXT, SCRAM-SHA-512 and its
     * credentials): for tests, tools and harnesses that read or write any topic. Valid once the broker started.
     */
    public Map<String, Object> kafkaAdminProperties() {
        return requireBroker().adminProperties();
    }

    /** Client settings of one service's own Kafka user ("dossier-service" or "dossier"): only what its ACLs allow. */
    public Map<String, Object> kafkaClientProperties(String service) {
        return requireBroker().clientProperties(OcopService.named(service));
    }

    /** {@link #kafkaAdminProperties()} without the bootstrap, as a 0600 file for Kafka's tools' --command-config. */
    public Path kafkaAdminConfigFile() {
        return requireBroker().adminConfigFile();
    }

    public String mongoUri(String database) {
        return mongo.uri(database);
    }

    public String serviceUrl(String name) {
        return "http://" + BindAddress.urlHost(bindAddress) + ":" + ports.servicePort(OcopService.named(name));
    }

    public String managementUrl(String name) {
        return "http://" + PortPlan.LOOPBACK + ":" + ports.managementPort(OcopService.named(name));
    }

    public int smtpPort() {
        return ports.smtp();
    }

    /** Mail the services sent through the embedded SMTP server since it started. */
    public List<MimeMessage> receivedMail() {
        return smtp.receivedMessages();
    }

    /** Mints real signed tokens for the demo users ({@code tokenFor}) or for any claims ({@code mint}). */
    public DevTokenIssuer tokenIssuer() {
        if (tokenIssuer == null) {
            throw new IllegalStateException("The token issuer is not running (disabled, or the platform is stopped)");
        }
        return tokenIssuer;
    }

    public PortPlan ports() {
        return ports;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path logFile(String name) {
        return dataDir.resolve("logs").resolve(name + ".log");
    }

    public boolean isBrokerRunning() {
        return broker != null && broker.isRunning();
    }

    /** kill -9 of the broker: no controlled shutdown, unflushed page cache is all that remains. */
    public void killBroker() {
        requireBroker().kill();
    }

    /** Starts the broker again on the same data and ports; returns once it accepts connections. */
    public void restartBroker() {
        KafkaBroker current = requireBroker();
        if (current.isRunning()) {
            current.stop(BROKER_STOP_GRACE);
        }
        current.start();
    }

    /** kill -9 of one service. */
    public void killService(String name) {
        requireService(name).process().kill();
    }

    /** Starts one service again (stopping it first if it still runs) and waits until it is ready. */
    public void restartService(String name) {
        ServiceProcess service = requireService(name);
        if (service.process().isAlive()) {
            service.process().stop(SERVICE_STOP_GRACE);
        }
        service.start();
        service.awaitReady(Instant.now().plus(readinessTimeout));
    }

    /**
     * Starts one service again with some environment variables changed (for example a fault-injection
     * hook switched off) and waits until it is ready.
     */
    public void restartService(String name, Map<String, String> environmentOverrides) {
        OcopService service = OcopService.named(name);
        ServiceProcess old = requireService(name);
        if (old.process().isAlive()) {
            old.process().stop(SERVICE_STOP_GRACE);
        }
        Map<String, String> environment = serviceEnvironment(service);
        environment.putAll(environmentOverrides);
        ServiceProcess fresh = new ServiceProcess(
                service,
                ServiceProcess.locateJar(repoDir, service),
                agentJar,
                environment,
                ports.managementPort(service),
                logFile(service.moduleName()),
                cds,
                loaderPath);
        synchronized (running) {
            running.put(service, fresh);
        }
        fresh.start();
        fresh.awaitReady(Instant.now().plus(readinessTimeout));
    }

    /**
     * Starts one more instance of a service (same jar, same database and consumer group, its own ports), as
     * a scaled-out deployment would run it, and waits until it is ready. Stopped with the platform.
     *
     * @return the new instance's API base URL
     */
    public String startAdditionalInstance(String name, String instanceName) {
        OcopService service = OcopService.named(name);
        int[] free = PortPlan.freePorts(2);
        int apiPort = free[0];
        int managementPort = free[1];
        Map<String, String> environment = serviceEnvironment(service);
        environment.put("SERVER_PORT", String.valueOf(apiPort));
        environment.put("MANAGEMENT_SERVER_PORT", String.valueOf(managementPort));
        ServiceProcess instance = new ServiceProcess(
                service,
                ServiceProcess.locateJar(repoDir, service),
                agentJar,
                environment,
                managementPort,
                logFile(service.moduleName() + "-" + instanceName),
                null,
                loaderPath);
        synchronized (running) {
            extraInstances.add(instance);
        }
        instance.start();
        instance.awaitReady(Instant.now().plus(readinessTimeout));
        return "http://" + BindAddress.urlHost(bindAddress) + ":" + apiPort;
    }

    /** Whether the service's process is alive (it may still be starting). */
    public boolean isServiceRunning(String name) {
        return requireService(name).process().isAlive();
    }

    /** The lines a person needs: where each part listens and where it logs. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        for (OcopService service : services) {
            String url = serviceUrl(service.moduleName());
            StringBuilder line = new StringBuilder(
                    String.format("  %-21s API %s   Swagger UI %s/swagger-ui.html", service.moduleName(), url, url));
            service.dashboardPath()
                    .ifPresent(path -> line.append("   dashboard ").append(url).append(path));
            line.append("   log ").append(logFile(service.moduleName()));
            lines.add(line.toString());
        }
        if (!services.isEmpty() && !PortPlan.LOOPBACK.equals(bindAddress)) {
            lines.add(String.format(
                    "  %-21s %s (--bind-address); management ports on %s only",
                    "APIs listen on", bindAddress, PortPlan.LOOPBACK));
        }
        lines.add(String.format(
                "  %-21s %s   log %s   data %s",
                "Kafka", kafkaBootstrap(), logFile("kafka"), dataDir.resolve("kafka")));
        if (broker != null && broker.isRunning()) {
            lines.add(String.format(
                    "  %-21s SASL_PLAINTEXT, SCRAM-SHA-512, one user per service; admin client " + "config %s",
                    "", kafkaAdminConfigFile()));
        }
        lines.add(String.format(
                "  %-21s mongodb://%s:%d   file %s", "MongoDB", PortPlan.LOOPBACK, ports.mongo(), mongo.file()));
        lines.add(String.format(
                "  %-21s %s:%d (GreenMail: accepts all mail, keeps it in memory)",
                "SMTP", PortPlan.LOOPBACK, ports.smtp()));
        if (tokenIssuer != null) {
            lines.add(String.format(
                    "  %-21s issuer %s   JWKS %s   POST %s",
                    "Token issuer", tokenIssuer.issuer(), tokenIssuer.jwksUri(), tokenIssuer.tokenUri()));
        }
        return lines;
    }

    private KafkaBroker requireBroker() {
        if (broker == null) {
            throw new IllegalStateException("The platform has not been started");
        }
        return broker;
    }

    private ServiceProcess requireService(String name) {
        OcopService service = OcopService.named(name);
        synchronized (running) {
            ServiceProcess process = running.get(service);
            if (process == null) {
                throw new IllegalStateException(service.moduleName() + " is not part of this platform");
            }
            return process;
        }
    }

    /** Defaults are those of {@code java -jar local.jar}: ./data, the default ports, all four services. */
    public static final class Builder {

        private Path dataDir = Path.of("data");
        private PortPlan ports = PortPlan.defaults();
        private EnumSet<OcopService> services = EnumSet.allOf(OcopService.class);
        private boolean tokenIssuer = true;
        private Path kafkaLib = LauncherOptions.defaultKafkaLib();
        private Path repoDir = LauncherOptions.defaultRepoDir();
        private Duration readinessTimeout = Duration.ofSeconds(120);
        private String bindAddress = PortPlan.LOOPBACK;
        private Path cdsDir;
        private final Map<String, String> extraEnvironment = new HashMap<>();
        private final List<Path> loaderPath = new ArrayList<>();
        private final Map<OcopService, Map<String, String>> perServiceEnvironment = new EnumMap<>(OcopService.class);

        /** An environment variable for one service only (e.g. its MONGODB_URI through a fault proxy). */
        public Builder serviceEnvironment(OcopService service, String name, String value) {
            perServiceEnvironment.computeIfAbsent(service, k -> new HashMap<>()).put(name, value);
            return this;
        }

        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        public Builder ports(PortPlan ports) {
            this.ports = ports;
            return this;
        }

        public Builder services(Set<OcopService> services) {
            this.services = EnumSet.noneOf(OcopService.class);
            this.services.addAll(services);
            return this;
        }

        public Builder services(OcopService... services) {
            return services(Set.of(services));
        }

        public Builder withoutServices() {
            return services(Set.of());
        }

        public Builder tokenIssuer(boolean enabled) {
            this.tokenIssuer = enabled;
            return this;
        }

        public Builder kafkaLib(Path kafkaLib) {
            this.kafkaLib = kafkaLib;
            return this;
        }

        public Builder repoDir(Path repoDir) {
            this.repoDir = repoDir;
            return this;
        }

        /**
         * Starts the services with class data sharing, keeping the extracted jars and archives in {@code dir}
         * (see {@link ClassDataSharing}); the first start of a freshly built jar writes the archives when the
         * platform stops, later starts use them.
         */
        public Builder classDataSharing(Path dir) {
            this.cdsDir = dir;
            return this;
        }

        /** Where the services' APIs listen (an IP of this machine, or 0.0.0.0 for every interface). */
        public Builder bindAddress(String address) {
            this.bindAddress = BindAddress.check(address);
            return this;
        }

        public Builder readinessTimeout(Duration timeout) {
            this.readinessTimeout = timeout;
            return this;
        }

        /**
         * A jar or directory put on every service's class path before its own classes (Spring Boot's
         * {@code loader.path}): how the e2e and reliability tests add infra/fault-hooks to the production jars.
         */
        public Builder serviceLoaderPath(Path jarOrDirectory) {
            loaderPath.add(jarOrDirectory);
            return this;
        }

        /** Extra variables for every service, e.g. shorter retry settings in a reliability test. */
        public Builder serviceEnvironment(String name, String value) {
            extraEnvironment.put(name, value);
            return this;
        }

        public EmbeddedPlatform build() {
            return new EmbeddedPlatform(this);
        }
    }
}
