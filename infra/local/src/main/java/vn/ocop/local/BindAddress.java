package vn.ocop.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Where the services' APIs listen ({@code --bind-address}): 127.0.0.1 by default, so that a laptop running the demo
 * does not offer the APIs to its network; {@code 0.0.0.0} or one of this machine's addresses when asked.
 */
final class BindAddress {

    /** IP literals only: a host name would be looked up, and could resolve to somebody else's address. */
    private static final Pattern IP_LITERAL =
            Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private BindAddress() {}

    /** The address as given, once known to be an IP literal of this machine (or the wildcard). */
    static String check(String text) {
        String address = text.trim();
        if (!IP_LITERAL.matcher(address).matches()
                || !address.contains(":")
                        && Arrays.stream(address.split("\\.")).anyMatch(octet -> Integer.parseInt(octet) > 255)) {
            throw new IllegalArgumentException(
                    "expects an IP address such as 127.0.0.1 or 0.0.0.0, not '" + text + "'");
        }
        InetAddress parsed = parse(address);
        try {
            if (!parsed.isAnyLocalAddress()
                    && !parsed.isLoopbackAddress()
                    && NetworkInterface.getByInetAddress(parsed) == null) {
                throw new IllegalArgumentException(address + " is not an address of this machine");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return address;
    }

    /** The host to put in a URL to reach a server bound to {@code address}: loopback for the wildcard. */
    static String urlHost(String address) {
        InetAddress parsed = parse(address);
        if (parsed.isAnyLocalAddress()) {
            return PortPlan.LOOPBACK;
        }
        return parsed instanceof Inet6Address ? "[" + parsed.getHostAddress() + "]" : parsed.getHostAddress();
    }

    private static InetAddress parse(String literal) {
        try {
            // a literal: no name service is asked
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + literal + "' is not an IP address", e);
        }
    }
}
