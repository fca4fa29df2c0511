package vn.ocop.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every port the platform listens on. Service ports follow the base port (dossier = base + 1 …,
 * management = base + 1001 …) so that one flag moves a whole second copy of the platform.
 */
public record PortPlan(int basePort, int kafka, int kafkaController, int mongo, int smtp, int tokenIssuer) {

    static final int MANAGEMENT_SHIFT = 1000;
    static final String LOOPBACK = "127.0.0.1";
    static final int FREE_PORTS_FROM = 10_000;
    static final int FREE_PORTS_TO = 20_000;

    /** Who holds a port and how a person moves it. */
    public record Claim(int port, String owner, String flag, String envVariable) {}

    public static PortPlan defaults() {
        return new PortPlan(8080, 9092, 9093, 27018, 2525, 8090);
    }

    /**
     * Free ports picked now, for tests that must not collide with a running launcher or with each
     * other. A port may of course be taken between this call and start(); start() then says so.
     */
    public static PortPlan ephemeral() {
        int base = freeServiceBase();
        int[] infrastructure = freePorts(5);
        return new PortPlan(
                base, infrastructure[0], infrastructure[1], infrastructure[2], infrastructure[3], infrastructure[4]);
    }

    public int servicePort(OcopService service) {
        return basePort + service.portOffset();
    }

    public int managementPort(OcopService service) {
        return basePort + MANAGEMENT_SHIFT + service.portOffset();
    }

    /** The ports a start with these parts needs, in the order they are checked. */
    public List<Claim> claims(Set<OcopService> services, boolean tokenIssuerEnabled) {
        List<Claim> claims = new ArrayList<>();
        claims.add(new Claim(kafka, "Kafka", "--kafka-port", "OCOP_KAFKA_PORT"));
        claims.add(new Claim(
                kafkaController, "Kafka controller", "--kafka-controller-port", "OCOP_KAFKA_CONTROLLER_PORT"));
        claims.add(new Claim(mongo, "MongoDB", "--mongo-port", "OCOP_MONGO_PORT"));
        claims.add(new Claim(smtp, "SMTP", "--smtp-port", "OCOP_SMTP_PORT"));
        if (tokenIssuerEnabled) {
            claims.add(new Claim(tokenIssuer, "token issuer", "--token-port", "OCOP_TOKEN_PORT"));
        }
        for (OcopService service : OcopService.values()) {
            if (services.contains(service)) {
                claims.add(new Claim(
                        servicePort(service), service.moduleName() + " API", "--base-port", "OCOP_BASE_PORT"));
                claims.add(new Claim(
                        managementPort(service),
                        service.moduleName() + " management",
                        "--base-port",
                        "OCOP_BASE_PORT"));
            }
        }
        return claims;
    }

    /** Fails on the first clash between two parts, then on the first port another program holds. */
    public void checkAvailable(Set<OcopService> services, boolean tokenIssuerEnabled) {
        List<Claim> claims = claims(services, tokenIssuerEnabled);
        Map<Integer, Claim> byPort = new HashMap<>();
        for (Claim claim : claims) {
            if (claim.port() < 1 || claim.port() > 65535) {
                throw new UsageException("Port " + claim.port() + " (" + claim.owner() + ") is outside 1–65535: change "
                        + claim.flag() + ".");
            }
            Claim other = byPort.putIfAbsent(claim.port(), claim);
            if (other != null) {
                throw new UsageException("Port " + claim.port() + " is given to both " + other.owner() + " and "
                        + claim.owner() + ": change " + claim.flag() + " or " + other.flag() + ".");
            }
        }
        for (Claim claim : claims) {
            if (!isFree(claim.port())) {
                throw new PortInUseException(claim);
            }
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * {@code count} distinct free loopback ports, for parts started outside the plan (one more instance of a
     * service, a test's proxy). Each is held open until all are picked, so that no two are the same port, and
     * they lie in {@value #FREE_PORTS_FROM}–{@value #FREE_PORTS_TO}: below the service blocks of
     * {@link #ephemeral()} and below Linux's ephemeral range (32768–60999), where an outgoing connection (a Kafka
     * client, say) can take a port between this call and the part binding it.
     */
    public static int[] freePorts(int count) {
        return freePorts(count, FREE_PORTS_FROM, FREE_PORTS_TO);
    }

    /** {@code count} distinct ports free now in {@code from} (inclusive) to {@code to} (exclusive). */
    static int[] freePorts(int count, int from, int to) {
        if (count < 1 || count > to - from) {
            throw new IllegalArgumentException("count must be 1–" + (to - from) + ": " + count);
        }
        List<ServerSocket> held = new ArrayList<>();
        try {
            // from a random place, every port of the range at most once: two callers rarely start at the same
            // place, and a range with enough free ports always yields them
            int size = to - from;
            int start = ThreadLocalRandom.current().nextInt(size);
            for (int step = 0; step < size && held.size() < count; step++) {
                hold(from + (start + step) % size).ifPresent(held::add);
            }
            if (held.size() < count) {
                throw new IllegalStateException("Only " + held.size() + " of " + count + " loopback ports are free in "
                        + from + "–" + (to - 1));
            }
            return held.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } finally {
            held.forEach(PortPlan::closeQuietly);
        }
    }

    private static Optional<ServerSocket> hold(int port) {
        ServerSocket socket = null;
        try {
            socket = new ServerSocket();
            // the same reuse setting as isFree(): a port in TIME_WAIT is one a server can bind
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port), 1);
            return Optional.of(socket);
        } catch (IOException e) {
            closeQuietly(socket);
            return Optional.empty();
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // a socket that was never bound, or is already closed: nothing is held
            }
        }
    }

    private static int freeServiceBase() {
        for (int attempt = 0; attempt < 50; attempt++) {
            // below Linux's ephemeral range (32768–60999): a port picked there can be taken by an outgoing
            // connection (a Kafka client, say) between this check and the service binding it
            int base = ThreadLocalRandom.current().nextInt(20_000, 31_000) / 10 * 10;
            boolean allFree = true;
            for (OcopService service : OcopService.values()) {
                int api = base + service.portOffset();
                allFree &= isFree(api) && isFree(api + MANAGEMENT_SHIFT);
            }
            if (allFree) {
                return base;
            }
        }
        throw new IllegalStateException("No free block of service ports found");
    }
}
