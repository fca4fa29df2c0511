package vn.ocop.faults;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.platform.outbox.RelayListener;

/**
 * Halts the JVM (like kill -9) when the outbox sweep is about to publish: after the state write, before the publish.
 * The fast path is off, so the sweep only sees entries past its grace period, whose requests were answered long ago.
 */
public class CrashBeforePublish implements RelayListener {

    private static final Logger log = LoggerFactory.getLogger(CrashBeforePublish.class);

    @Override
    public boolean fastPath() {
        return false;
    }

    @Override
    public void beforeSweepPublish(String collection, int documents) {
        log.error("TEST HOOK ocop.outbox.crash-before-publish: halting between state write and publish");
        Runtime.getRuntime().halt(137);
    }
}
