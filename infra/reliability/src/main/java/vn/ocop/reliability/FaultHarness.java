package vn.ocop.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.ocop.faults.FaultHooks;
import vn.ocop.local.EmbeddedPlatform;
import vn.ocop.local.OcopService;
import vn.ocop.local.PortPlan;

/**
 * The platform as real processes for fault scenarios: {@link EmbeddedPlatform} runs the broker (its own JVM),
 * MongoDB, SMTP, the token issuer and the services it is given; the harness adds {@link ServiceInstance}s it
 * starts itself with an environment of their own (MongoDB through a {@link TcpProxy}, a second instance in the
 * same group, the outbox crash hook). Every port is on 127.0.0.1.
 */
public final class FaultHarness implements AutoCloseable {

    /** Settings every service gets here: the load of a scenario must not hit the per-caller rate limits. */
    static final Map<String, String> LOAD_SETTINGS = Map.of(
            "OCOP_RATE_SUBMISSION_CAPACITY", "100000",
            "OCOP_RATE_UPLOAD_CAPACITY", "100000");

    private final Path repoDir;
    private final Path dataDir;
    private final EmbeddedPlatform platform;
    private final Set<OcopService> platformServices;
    private final List<ServiceInstance> ownInstances = new ArrayList<>();
    private final List<TcpProxy> proxies = new ArrayList<>();
    private OcopApi api;

    private FaultHarness(Path repoDir, Path dataDir, Set<OcopService> platformServices) {
        this.repoDir = repoDir;
        this.dataDir = dataDir;
        this.platformServices = platformServices;
        EmbeddedPlatform.Builder builder = EmbeddedPlatform.builder()
                .dataDir(dataDir)
                .ports(PortPlan.ephemeral())
                .services(platformServices)
                .repoDir(repoDir)
                .kafkaLib(kafkaLib(repoDir))
                .readinessTimeout(readinessTimeout())
                // inert until a scenario sets OCOP_OUTBOX_CRASH_BEFORE_PUBLISH
                .serviceLoaderPath(FaultHooks.location());
        LOAD_SETTINGS.forEach(builder::serviceEnvironment);
        this.platform = builder.build();
    }

    /** A platform running these services (each must have its jar) under a fresh data directory. */
    public static FaultHarness start(Path dataDir, Set<OcopService> services) {
        FaultHarness harness = new FaultHarness(
                repoDir(), dataDir, services.isEmpty() ? EnumSet.noneOf(OcopService.class) : EnumSet.copyOf(services));
        harness.platform.start();
        harness.api = new OcopApi(harness.platform.tokenIssuer());
        return harness;
    }

    /**
     * Like {@link #start}, but a service that does not become ready (a jar built against an older platform-kit,
     * a crash at start-up) is left out with a message and the rest is started again, each attempt in its own
     * sub-directory. The services that did start are {@link #runs}.
     */
    public static FaultHarness startWhatStarts(Path dataDir, Set<OcopService> services) {
        EnumSet<OcopService> wanted = services.isEmpty() ? EnumSet.noneOf(OcopService.class) : EnumSet.copyOf(services);
        for (int attempt = 1; ; attempt++) {
            try {
                return start(dataDir.resolve("attempt-" + attempt), wanted);
            } catch (RuntimeException e) {
                String message = String.valueOf(e.getMessage());
                OcopService culprit = wanted.stream()
                        .filter(s -> message.contains(s.moduleName() + " was not ready")
                                || message.contains(s.moduleName() + " stopped during start-up"))
                        .findFirst()
                        .orElseThrow(() -> e);
                System.out.println("[reliability] LEAVING OUT " + culprit.moduleName() + ": it did not become ready ("
                        + message.lines().findFirst().orElse("") + ")");
                wanted.remove(culprit);
            }
        }
    }

    /** Readiness wait per start; short enough that a broken jar costs little, long enough for 2 shared cores. */
    static Duration readinessTimeout() {
        return Duration.ofSeconds(Long.getLong("ocop.reliability.readiness-seconds", 150));
    }

    /** The repository root: system property {@code ocop.reliability.repo-dir}, else the working directory's. */
    public static Path repoDir() {
        String configured = System.getProperty("ocop.reliability.repo-dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        while (configured == null
                && dir != null
                && !Files.isDirectory(dir.resolve("infra").resolve("local"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Cannot find the repository root; set -Docop.reliability.repo-dir");
        }
        return dir.toAbsolutePath().normalize();
    }

    private static Path kafkaLib(Path repoDir) {
        String configured = System.getProperty("ocop.local.kafka-lib");
        return configured != null ? Path.of(configured) : repoDir.resolve("infra/local/target/kafka-lib");
    }

    /** The service's packaged jar, if it was built; the same rule as the launcher's. */
    public static Optional<Path> jarOf(OcopService service) {
        Path target = repoDir().resolve(service.moduleName()).resolve("target");
        Path exact = target.resolve(service.moduleName() + ".jar");
        if (Files.isRegularFile(exact)) {
            return Optional.of(exact);
        }
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            List<Path> versioned = files.filter(f -> f.getFileName()
                            .toString()
                            .matches(Pattern.quote(service.moduleName())
                                    + "-\\d[^/]*(?<!-sources|-tests|-javadoc)\\.jar"))
                    .toList();
            return versioned.size() == 1 ? Optional.of(versioned.get(0)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Services whose jars exist (optionally only those listed in {@code -Docop.reliability.services=a,b}). */
    public static Set<OcopService> availableServices() {
        EnumSet<OcopService> available = EnumSet.noneOf(OcopService.class);
        String only = System.getProperty("ocop.reliability.services", "").trim();
        for (OcopService service : OcopService.values()) {
            boolean chosen = only.isEmpty()
                    || java.util.Arrays.stream(only.split(","))
                            .anyMatch(name -> OcopService.named(name).equals(service));
            if (chosen) {
                jarOf(service).ifPresent(jar -> available.add(service));
            }
        }
        return available;
    }

    public EmbeddedPlatform platform() {
        return platform;
    }

    public OcopApi api() {
        return api;
    }

    public Path dataDir() {
        return dataDir;
    }

    public TopicLog topics() {
        return new TopicLog(platform.kafkaAdminProperties());
    }

    /** Base URL of a service the platform runs. */
    public String url(OcopService service) {
        return platform.serviceUrl(service.moduleName());
    }

    public String managementUrl(OcopService service) {
        return platform.managementUrl(service.moduleName());
    }

    /** A proxy in front of the platform's MongoDB; closed with the harness. */
    public TcpProxy mongoProxy() {
        String uri = platform.mongoUri("x");
        int port = Integer.parseInt(uri.replaceAll("^mongodb://[^:]+:(\\d+)/.*$", "$1"));
        TcpProxy proxy = TcpProxy.to("127.0.0.1", port);
        proxies.add(proxy);
        return proxy;
    }

    /**
     * A service JVM outside the launcher, not yet started: same jar, same environment names, its own ports and
     * log file; {@code mongoPort} is the platform's MongoDB or a proxy's port.
     */
    public ServiceInstance instance(OcopService service, String label, Integer mongoPort) {
        Path jar = jarOf(service).orElseThrow(() -> new IllegalStateException("No jar for " + service.moduleName()));
        int[] free = PortPlan.freePorts(2);
        int port = free[0];
        int managementPort = free[1];
        String mongoUri = mongoPort == null
                ? platform.mongoUri(service.database())
                // through a proxy the harness cuts: a server-selection time-out (default 30 s) shorter than the 20 s
                // cut, so that a write during the cut answers 503 instead of waiting for the line to come back
                : "mongodb://127.0.0.1:" + mongoPort + "/" + service.database()
                        + "?serverSelectionTimeoutMS=5000&connectTimeoutMS=2000";
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("MANAGEMENT_SERVER_PORT", String.valueOf(managementPort));
        // like the launcher's services: nothing of the harness is offered to the network
        env.put("SERVER_ADDRESS", "127.0.0.1");
        env.put("MANAGEMENT_SERVER_ADDRESS", "127.0.0.1");
        env.putAll(platform.kafkaEnvironment(service.moduleName()));
        env.put("MONGODB_URI", mongoUri);
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", String.valueOf(platform.smtpPort()));
        env.put("OCOP_JWKS_URI", platform.tokenIssuer().jwksUri());
        env.put("OCOP_JWT_ISSUER", platform.tokenIssuer().issuer());
        env.putAll(LOAD_SETTINGS);
        ServiceInstance instance = new ServiceInstance(
                service.moduleName() + "#" + label,
                jar,
                env,
                platform.logFile(service.moduleName() + "-" + label),
                port,
                managementPort);
        ownInstances.add(instance);
        return instance;
    }

    public boolean runs(OcopService service) {
        return platformServices.contains(service);
    }

    @Override
    public void close() {
        ownInstances.forEach(instance -> instance.terminate(Duration.ofSeconds(30)));
        proxies.forEach(TcpProxy::close);
        platform.stop();
    }
}
