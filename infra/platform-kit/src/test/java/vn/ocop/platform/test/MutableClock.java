package vn.ocop.platform.test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The services' clock in tests, so that deadlines, quiet hours and expiries can pass without waiting:
 * pinned to an instant the test sets, or real time until pinned (no-argument constructor, {@link #release}).
 */
public class MutableClock extends Clock {

    private volatile Instant pinned;

    /** Real time until a test pins it. */
    public MutableClock() {}

    public MutableClock(Instant start) {
        this.pinned = start;
    }

    public void set(Instant instant) {
        this.pinned = instant;
    }

    public void pin(Instant instant) {
        set(instant);
    }

    public void release() {
        this.pinned = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant at = pinned;
        return at != null ? at : Instant.now();
    }
}
