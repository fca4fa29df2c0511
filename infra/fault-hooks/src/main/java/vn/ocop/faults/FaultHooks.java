package vn.ocop.faults;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Where this module's classes are, for a harness to put them on a service's {@code loader.path}. */
public final class FaultHooks {

    private FaultHooks() {}

    /** The fault-hooks jar (or its classes directory inside a reactor build). */
    public static Path location() {
        try {
            return Path.of(FaultHooks.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the fault-hooks classes", e);
        }
    }
}
