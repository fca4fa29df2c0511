package vn.ocop.local;

/** A port the platform needs is taken; the message names the port, its owner and the flag that moves it. */
public class PortInUseException extends UsageException {

    public PortInUseException(PortPlan.Claim claim) {
        super("Cổng " + claim.port() + " (" + claim.owner() + ") đang được dùng / Port " + claim.port() + " ("
                + claim.owner() + ") is already in use: choose another with " + claim.flag() + " <port> (or env "
                + claim.envVariable() + ").");
    }
}
