package vn.ocop.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Which ports of this machine answer a TCP connection on loopback, and which on its other addresses. */
public final class NetworkExposure {

    private static final int CONNECT_TIMEOUT_MS = 2_000;

    private NetworkExposure() {}

    /** "address:port" for each of {@code ports} that accepts a connection on a non-loopback address of this machine. */
    public static List<String> reachableFromTheNetwork(int... ports) {
        List<String> reachable = new ArrayList<>();
        for (InetAddress address : otherAddresses()) {
            for (int port : ports) {
                if (accepts(address, port)) {
                    reachable.add(address.getHostAddress() + ":" + port);
                }
            }
        }
        return reachable;
    }

    /** The ports of {@code ports} that do not accept a connection on 127.0.0.1 (a listener that is not there). */
    public static List<Integer> notListeningOnLoopback(int... ports) {
        List<Integer> missing = new ArrayList<>();
        for (int port : ports) {
            if (!accepts(InetAddress.getLoopbackAddress(), port)) {
                missing.add(port);
            }
        }
        return missing;
    }

    /** Addresses of the interfaces that are up, loopback excepted (link-local IPv6 too: a neighbour reaches it). */
    static List<InetAddress> otherAddresses() {
        List<InetAddress> addresses = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (!address.isLoopbackAddress()) {
                        addresses.add(address);
                    }
                }
            }
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
        return addresses;
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), CONNECT_TIMEOUT_MS);
            return true;
        } catch (IOException refusedOrUnreachable) {
            return false;
        }
    }
}
