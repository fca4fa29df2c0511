package vn.ocop.local;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The command line, with an environment variable behind each flag (the flag wins). Knows where the
 * launcher's jar is, and from there the broker's jars and the repository with the service jars.
 */
record LauncherOptions(
        Path dataDir,
        PortPlan ports,
        Set<OcopService> services,
        boolean demo,
        long seed,
        boolean tokenIssuer,
        Path repoDir,
        Path kafkaLib,
        String bindAddress,
        boolean help) {

    static final String KAFKA_LIB_PROPERTY = "ocop.local.kafka-lib";
    static final String REPO_DIR_PROPERTY = "ocop.local.repo-dir";

    static final String USAGE = """
            Usage: java -jar infra/local/target/local-exec.jar [options]
              --demo                      once up, play round 1/2020 with SAMPLE data through the public APIs  (OCOP_DEMO)
              --seed <n>                  the demo's random seed: same seed, same round   (OCOP_DEMO_SEED, 2020)
              --data-dir <dir>            where Kafka, MongoDB and logs keep their files   (OCOP_DATA_DIR, ./data)
              --base-port <port>          services on base+1..base+4, management on base+1001..base+1004,
                                          token issuer on base+10                         (OCOP_BASE_PORT, 8080)
              --kafka-port <port>         Kafka clients                                    (OCOP_KAFKA_PORT, 9092)
              --kafka-controller-port <p> Kafka KRaft controller                           (OCOP_KAFKA_CONTROLLER_PORT, 9093)
              --mongo-port <port>         MongoDB wire protocol                            (OCOP_MONGO_PORT, 27018)
              --smtp-port <port>          SMTP (GreenMail)                                 (OCOP_SMTP_PORT, 2525)
              --token-port <port>         development token issuer                         (OCOP_TOKEN_PORT, base+10)
              --services <a,b,…>          which services to run, or "none"                 (OCOP_SERVICES, all four)
              --bind-address <ip>         where the services' APIs listen: 0.0.0.0 opens them to the network;
                                          management ports, Kafka, MongoDB, SMTP and the token issuer stay on
                                          127.0.0.1                                        (OCOP_BIND_ADDRESS, 127.0.0.1)
              --no-token-issuer           do not start the development token issuer
              --repo-dir <dir>            repository holding <service>/target/<service>.jar (OCOP_REPO_DIR)
              --help                      this text
            """;

    private enum Flag {
        DATA_DIR("--data-dir", "OCOP_DATA_DIR"),
        BASE_PORT("--base-port", "OCOP_BASE_PORT"),
        KAFKA_PORT("--kafka-port", "OCOP_KAFKA_PORT"),
        KAFKA_CONTROLLER_PORT("--kafka-controller-port", "OCOP_KAFKA_CONTROLLER_PORT"),
        MONGO_PORT("--mongo-port", "OCOP_MONGO_PORT"),
        SMTP_PORT("--smtp-port", "OCOP_SMTP_PORT"),
        TOKEN_PORT("--token-port", "OCOP_TOKEN_PORT"),
        SERVICES("--services", "OCOP_SERVICES"),
        BIND_ADDRESS("--bind-address", "OCOP_BIND_ADDRESS"),
        REPO_DIR("--repo-dir", "OCOP_REPO_DIR"),
        DEMO("--demo", "OCOP_DEMO"),
        SEED("--seed", "OCOP_DEMO_SEED"),
        NO_TOKEN_ISSUER("--no-token-issuer", null),
        HELP("--help", null);

        final String name;
        final String env;

        Flag(String name, String env) {
            this.name = name;
            this.env = env;
        }

        boolean takesValue() {
            return this != DEMO && this != NO_TOKEN_ISSUER && this != HELP;
        }

        static Flag named(String name) {
            return Arrays.stream(values())
                    .filter(flag -> flag.name.equals(name))
                    .findFirst()
                    .orElseThrow(() -> new UsageException("Unknown option " + name + " (see --help)"));
        }
    }

    static LauncherOptions parse(List<String> args, Map<String, String> env) {
        Map<Flag, String> given = new HashMap<>();
        for (Flag flag : Flag.values()) {
            if (flag.env != null
                    && env.get(flag.env) != null
                    && !env.get(flag.env).isBlank()) {
                given.put(flag, env.get(flag.env).trim());
            }
        }
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                value = arg.substring(equals + 1);
                arg = arg.substring(0, equals);
            }
            Flag flag = Flag.named(arg);
            if (flag.takesValue() && value == null) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(flag.name + " needs a value (see --help)");
                }
                value = args.get(++i);
            }
            given.put(flag, flag.takesValue() ? value : "true");
        }

        PortPlan defaults = PortPlan.defaults();
        int base = port(given, Flag.BASE_PORT, defaults.basePort());
        PortPlan ports = new PortPlan(
                base,
                port(given, Flag.KAFKA_PORT, defaults.kafka()),
                port(given, Flag.KAFKA_CONTROLLER_PORT, defaults.kafkaController()),
                port(given, Flag.MONGO_PORT, defaults.mongo()),
                port(given, Flag.SMTP_PORT, defaults.smtp()),
                port(given, Flag.TOKEN_PORT, base + 10));
        return new LauncherOptions(
                Path.of(given.getOrDefault(Flag.DATA_DIR, "data")),
                ports,
                services(given.get(Flag.SERVICES)),
                Boolean.parseBoolean(given.getOrDefault(Flag.DEMO, "false")),
                value(given, Flag.SEED, LauncherOptions::seed, vn.ocop.local.demo.DemoScenario.DEFAULT_SEED),
                !given.containsKey(Flag.NO_TOKEN_ISSUER),
                value(given, Flag.REPO_DIR, Path::of, defaultRepoDir()),
                defaultKafkaLib(),
                value(given, Flag.BIND_ADDRESS, LauncherOptions::bindAddress, PortPlan.LOOPBACK),
                given.containsKey(Flag.HELP));
    }

    EmbeddedPlatform.Builder platform() {
        // the demo plays through the public APIs after start-up: the services need no demo profile
        EmbeddedPlatform.Builder builder = EmbeddedPlatform.builder()
                .dataDir(dataDir)
                .ports(ports)
                .services(services)
                .tokenIssuer(tokenIssuer)
                .repoDir(repoDir)
                .kafkaLib(kafkaLib)
                .bindAddress(bindAddress);
        // class data sharing: extracted jars and CDS archives under <data>/cds (OCOP_CDS=false turns it off)
        if (!"false".equalsIgnoreCase(System.getenv("OCOP_CDS"))) {
            builder.classDataSharing(dataDir.resolve("cds"));
        }
        return builder;
    }

    private static long seed(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--seed expects a whole number, not '" + text + "'");
        }
    }

    private static String bindAddress(String text) {
        try {
            return BindAddress.check(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--bind-address: " + e.getMessage());
        }
    }

    private static int port(Map<Flag, String> given, Flag flag, int fallback) {
        return value(
                given,
                flag,
                text -> {
                    try {
                        return Integer.parseInt(text);
                    } catch (NumberFormatException e) {
                        throw new UsageException(flag.name + " expects a port number, not '" + text + "'");
                    }
                },
                fallback);
    }

    private static <T> T value(Map<Flag, String> given, Flag flag, Function<String, T> parser, T fallback) {
        String text = given.get(flag);
        return text == null ? fallback : parser.apply(text);
    }

    private static Set<OcopService> services(String list) {
        if (list == null) {
            return EnumSet.allOf(OcopService.class);
        }
        EnumSet<OcopService> chosen = EnumSet.noneOf(OcopService.class);
        if (!list.isBlank() && !list.equalsIgnoreCase("none")) {
            Arrays.stream(list.split(",")).map(OcopService::named).forEach(chosen::add);
        }
        return chosen;
    }

    /** The directory holding local.jar when run with {@code java -jar}, else null (IDE, tests). */
    static Path launcherJarDirectory() {
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.contains(File.pathSeparator) && classPath.endsWith(".jar")) {
            Path parent = Path.of(classPath).toAbsolutePath().getParent();
            return parent;
        }
        return null;
    }

    static Path defaultKafkaLib() {
        String property = System.getProperty(KAFKA_LIB_PROPERTY);
        if (property != null) {
            return Path.of(property);
        }
        Path jarDir = launcherJarDirectory();
        return jarDir != null ? jarDir.resolve("kafka-lib") : Path.of("infra", "local", "target", "kafka-lib");
    }

    /** local.jar sits in {@code <repo>/infra/local/target}. */
    static Path defaultRepoDir() {
        String property = System.getProperty(REPO_DIR_PROPERTY);
        if (property != null) {
            return Path.of(property);
        }
        Path jarDir = launcherJarDirectory();
        if (jarDir != null
                && jarDir.getParent() != null
                && jarDir.getParent().getParent() != null
                && jarDir.getParent().getParent().getParent() != null) {
            return jarDir.getParent().getParent().getParent();
        }
        return Path.of("").toAbsolutePath();
    }
}
