package vn.ocop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.ocop.local.EmbeddedPlatform;
import vn.ocop.local.OcopService;
import vn.ocop.local.PortPlan;
import vn.ocop.local.demo.DemoDirectory;

/** The embedded platform as the benchmark uses it: whichever services have a jar, on free ports, fresh data. */
final class Platform implements AutoCloseable {

    private final EmbeddedPlatform platform;
    private final Set<OcopService> services;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final long startMillis;
    private long readyMillis;

    private Platform(EmbeddedPlatform platform, Set<OcopService> services) {
        this.platform = platform;
        this.services = services;
        this.startMillis = System.currentTimeMillis();
    }

    static Platform start(BenchSettings settings, Report report) throws IOException {
        Set<OcopService> present = EnumSet.noneOf(OcopService.class);
        Set<OcopService> wanted = EnumSet.noneOf(OcopService.class);
        for (String name : System.getProperty("bench.services", "dossier,evaluation,reporting,notification")
                .split(",")) {
            if (!name.isBlank()) {
                wanted.add(OcopService.named(name));
            }
        }
        for (OcopService service : OcopService.values()) {
            if (!wanted.contains(service)) {
                report.note(service.moduleName() + " left out by -Dbench.services");
            } else if (hasJar(settings.repoDir(), service)) {
                present.add(service);
            } else {
                report.note(service.moduleName() + ": no runnable jar under " + service.moduleName()
                        + "/target, so it does not run and the scenarios that need it are skipped");
            }
        }
        deleteRecursively(settings.dataDir());
        Path cds = cdsDir(settings);
        if (cds != null
                && !builder(settings, present, settings.dataDir(), cds).build().classDataSharingTrained()) {
            firstStart(settings, present, cds, report);
        }
        EmbeddedPlatform.Builder builder = builder(settings, present, settings.dataDir(), cds);
        if (settings.jfr()) {
            Path jfr = settings.dataDir().resolve("jfr");
            Files.createDirectories(jfr);
            builder.serviceEnvironment(
                    "JAVA_TOOL_OPTIONS",
                    "-XX:StartFlightRecording=dumponexit=true,settings=profile,filename=" + jfr.toAbsolutePath() + "/");
        }
        Platform p = new Platform(builder.build(), present);
        Progress.say(
                "starting the embedded platform with %s%s",
                present, cds == null ? " (class data sharing off)" : " (with the CDS archives of " + cds + ")");
        p.platform.start();
        p.readyMillis = System.currentTimeMillis();
        if (present.contains(OcopService.NOTIFICATION)) {
            // the directory the seeded-contacts runs measured with; the services seed none themselves
            DemoDirectory.create(p.platform);
        }
        Progress.say("platform ready in %.1f s", (p.readyMillis - p.startMillis) / 1000.0);
        return p;
    }

    /** Where the extracted jars and CDS archives are kept across runs ({@code -Dbench.cds=false}: off). */
    private static Path cdsDir(BenchSettings settings) {
        if ("false".equalsIgnoreCase(System.getProperty("bench.cds", "true"))) {
            return null;
        }
        return Path.of(System.getProperty(
                "bench.cds-dir",
                settings.repoDir().resolve("infra/bench/target/cds").toString()));
    }

    /**
     * The first start of freshly built jars: no CDS archive yet, so it is the slow start a user meets once after
     * a build; timed from the run command, then stopped, which writes the archives.
     */
    private static void firstStart(BenchSettings settings, Set<OcopService> present, Path cds, Report report)
            throws IOException {
        Path dir = Path.of(settings.dataDir() + "-first-start");
        deleteRecursively(dir);
        EmbeddedPlatform first = builder(settings, present, dir, cds).build();
        Progress.say("first start of these jars (no CDS archives yet: they are written when it stops)");
        long begin = System.currentTimeMillis();
        first.start();
        long ready = System.currentTimeMillis();
        first.stop();
        long fromCommand = settings.commandStartMillis() > 0 ? ready - settings.commandStartMillis() : ready - begin;
        firstStartSeconds = fromCommand / 1000.0;
        Progress.say(
                "first start ready in %.1f s from the run command (start() %.1f s); stopped, archives written",
                firstStartSeconds, (ready - begin) / 1000.0);
        report.note(String.format(
                "first start after a build (no class data sharing archives yet): %.1f s from the "
                        + "run command to all services ready; its stop wrote the archives that the measured start maps",
                firstStartSeconds));
        deleteRecursively(dir);
    }

    /** Seconds from the run command to ready of the first start after a build, or NaN when there was none. */
    static volatile double firstStartSeconds = Double.NaN;

    private static EmbeddedPlatform.Builder builder(
            BenchSettings settings, Set<OcopService> present, Path dataDir, Path cds) {
        EmbeddedPlatform.Builder builder = EmbeddedPlatform.builder()
                .dataDir(dataDir)
                .ports(PortPlan.ephemeral())
                .services(present)
                .repoDir(settings.repoDir())
                .readinessTimeout(Duration.ofSeconds(180))
                // the limits protect one producer from flooding the API; the benchmark is one producer at scale
                .serviceEnvironment("OCOP_RATE_SUBMISSION_CAPACITY", "100000000")
                .serviceEnvironment("OCOP_RATE_UPLOAD_CAPACITY", "100000000");
        if (cds != null) {
            builder.classDataSharing(cds);
        }
        return builder;
    }

    /** A jar where the launcher looks for it, and runnable (a plain jar from a half-finished build is not). */
    private static boolean hasJar(Path repoDir, OcopService service) {
        Path target = repoDir.resolve(service.moduleName()).resolve("target");
        Path exact = target.resolve(service.moduleName() + ".jar");
        if (Files.isRegularFile(exact)) {
            return runnable(exact);
        }
        if (!Files.isDirectory(target)) {
            return false;
        }
        Pattern versioned =
                Pattern.compile(Pattern.quote(service.moduleName()) + "-\\d[^/]*(?<!-sources|-tests|-javadoc)\\.jar");
        try (Stream<Path> files = Files.list(target)) {
            List<Path> found = files.filter(
                            f -> versioned.matcher(f.getFileName().toString()).matches())
                    .toList();
            return found.size() == 1 && runnable(found.get(0));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean runnable(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            return manifest != null && manifest.getMainAttributes().getValue("Main-Class") != null;
        } catch (IOException e) {
            return false;
        }
    }

    boolean has(String service) {
        return services.contains(OcopService.named(service));
    }

    void require(String... names) {
        for (String name : names) {
            if (!has(name)) {
                throw new ScenarioSkipped(name + " is not running (no jar)");
            }
        }
    }

    String token(String user) {
        return tokens.computeIfAbsent(user, u -> platform.tokenIssuer().tokenFor(u));
    }

    String serviceUrl(String service) {
        return platform.serviceUrl(service);
    }

    String managementUrl(String service) {
        return platform.managementUrl(service);
    }

    /** The launcher's Kafka admin (bootstrap and SASL credentials): the bench reads and writes any topic. */
    Map<String, Object> kafkaClient() {
        return platform.kafkaAdminProperties();
    }

    /** The same as a file for Kafka's perf tools (--producer.config, --consumer.config). */
    Path kafkaClientConfigFile() {
        return platform.kafkaAdminConfigFile();
    }

    String mongoUri(String database) {
        return platform.mongoUri(database);
    }

    EmbeddedPlatform embedded() {
        return platform;
    }

    long startMillis() {
        return startMillis;
    }

    long readyMillis() {
        return readyMillis;
    }

    /** The child processes (broker and services) with their resident memory in bytes, from /proc/<pid>/status. */
    Map<String, Long> residentMemory() {
        Map<String, Long> rss = new LinkedHashMap<>();
        ProcessHandle.current().children().forEach(child -> {
            String command =
                    String.join(" ", child.info().arguments().map(List::of).orElse(List.of()));
            String name = command.contains("kafka.Kafka")
                    ? "kafka"
                    : services.stream()
                            .map(OcopService::moduleName)
                            .filter(m -> command.contains(m))
                            .findFirst()
                            .orElse(null);
            if (name != null) {
                rss.put(name, vmRss(child.pid()));
            }
        });
        return rss;
    }

    /** The pid of a running service's JVM (a child of this runner), if any. */
    java.util.Optional<Long> pidOf(String moduleName) {
        return ProcessHandle.current()
                .children()
                .filter(child -> String.join(
                                " ", child.info().arguments().map(List::of).orElse(List.of()))
                        .contains(moduleName + ".jar"))
                .map(ProcessHandle::pid)
                .findFirst();
    }

    static long vmRss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process ended between listing and reading
        }
        return 0;
    }

    List<Path> logs() {
        List<Path> logs = new ArrayList<>();
        services.forEach(s -> logs.add(platform.logFile(s.moduleName())));
        return logs;
    }

    @Override
    public void close() {
        platform.stop();
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
