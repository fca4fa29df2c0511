package vn.ocop.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every port the platform listens on. Service ports follow the base port (dossier = base + 1 …,
 * management = base + 1001 …) so that one flag moves a whole second copy of the platform.
 */
public record PortPlan(int basePort, int kafka, int kafkaController, int mongo, int smtp, int tokenIssuer) {

    static final int MANAGEMENT_SHIFT = 1000;
    static final String LOOPBACK = "127.0.0.1";

    /** Who holds a port and how a person moves it. */
    public record Claim(int port, String owner, String flag, String envVariable) {
    }

    public static PortPlan defaults() {
        return new PortPlan(8080, 9092, 9093, 27018, 2525, 8090);
    }

    /**
     * Free ports picked now, for tests that must not collide with a running launcher or with each
     * other. A port may of course be taken between this call and start(); start() then says so.
     */
    public static PortPlan ephemeral() {
        int base = freeServiceBase();
        return new PortPlan(base, freePort(), freePort(), freePort(), freePort(), freePort());
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
        claims.add(new Claim(kafkaController, "Kafka controller", "--kafka-controller-port",
                "OCOP_KAFKA_CONTROLLER_PORT"));
        claims.add(new Claim(mongo, "MongoDB", "--mongo-port", "OCOP_MONGO_PORT"));
        claims.add(new Claim(smtp, "SMTP", "--smtp-port", "OCOP_SMTP_PORT"));
        if (tokenIssuerEnabled) {
            claims.add(new Claim(tokenIssuer, "token issuer", "--token-port", "OCOP_TOKEN_PORT"));
        }
        for (OcopService service : OcopService.values()) {
            if (services.contains(service)) {
                claims.add(new Claim(servicePort(service), service.moduleName() + " API", "--base-port",
                        "OCOP_BASE_PORT"));
                claims.add(new Claim(managementPort(service), service.moduleName() + " management", "--base-port",
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

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free loopback port", e);
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
