package vn.ocop.reporting.dashboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ocop.platform.test.MutableClock;

/**
 * The dashboards' generation moves for a change on this instance (at once), for one on another instance (after the
 * next synchronisation with the shared counter) and at the province's midnight; this instance's own moves of the
 * shared counter do not move it a second time. The timer's interval is an hour: each test synchronises by hand.
 */
class DashboardGenerationTest {

    /** The shared counter of the store, as two instances see it. */
    private static final class Counter implements DashboardVersions {
        final AtomicLong value = new AtomicLong();
        final AtomicBoolean failing = new AtomicBoolean();

        @Override
        public long read() {
            if (failing.get()) {
                throw new IllegalStateException("store unavailable");
            }
            return value.get();
        }

        @Override
        public void bump() {
            if (failing.get()) {
                throw new IllegalStateException("store unavailable");
            }
            value.incrementAndGet();
        }
    }

    // 2020-03-16 09:00 in Asia/Ho_Chi_Minh
    private final MutableClock clock = new MutableClock(Instant.parse("2020-03-16T02:00:00Z"));
    private final Counter store = new Counter();
    private final AtomicLong heardHere = new AtomicLong();
    private final DashboardGeneration here =
            new DashboardGeneration(store, clock, Duration.ofHours(1), heardHere::incrementAndGet);
    private final DashboardGeneration elsewhere = new DashboardGeneration(store, clock, Duration.ofHours(1), () -> {});

    @AfterEach
    void stop() {
        here.close();
        elsewhere.close();
    }

    @Test
    void aLocalChangeMovesItOnceAndItsPublicationDoesNotMoveItAgain() {
        long before = here.current();
        here.changedHere();
        long afterChange = here.current();
        assertThat(afterChange).isNotEqualTo(before);

        here.sync();
        assertThat(store.value.get()).as("published to the other instances").isEqualTo(1);
        assertThat(here.current())
                .as("its own publication is not a second change")
                .isEqualTo(afterChange);
        here.sync();
        assertThat(here.current()).isEqualTo(afterChange);
        assertThat(store.value.get()).as("published once").isEqualTo(1);
        assertThat(heardHere.get())
                .as("its own change is not announced as another instance's")
                .isZero();
    }

    @Test
    void aChangeOnAnotherInstanceMovesItAfterTheNextSynchronisation() {
        long before = here.current();
        elsewhere.changedHere();
        assertThat(here.current())
                .as("not known here before it is published and read")
                .isEqualTo(before);

        elsewhere.sync();
        assertThat(here.current()).as("published, not yet read here").isEqualTo(before);
        assertThat(heardHere.get()).isZero();
        here.sync();
        assertThat(here.current()).isNotEqualTo(before);
        assertThat(heardHere.get()).as("the stream is told").isEqualTo(1);
        here.sync();
        assertThat(heardHere.get()).as("once").isEqualTo(1);
    }

    @Test
    void manyChangesBetweenTwoSynchronisationsArePublishedAsOneMove() {
        for (int i = 0; i < 50; i++) {
            elsewhere.changedHere();
        }
        elsewhere.sync();
        assertThat(store.value.get()).isEqualTo(1);
    }

    @Test
    void theProvincesMidnightMovesIt() {
        clock.set(Instant.parse("2020-03-16T16:59:59Z")); // 23:59:59 in Asia/Ho_Chi_Minh
        long lastSecondOfTheDay = here.current();
        clock.set(Instant.parse("2020-03-16T16:59:59.999Z"));
        assertThat(here.current()).isEqualTo(lastSecondOfTheDay);
        clock.set(Instant.parse("2020-03-16T17:00:00Z")); // 00:00 on the 17th: yesterday's deadlines have passed
        assertThat(here.current()).isNotEqualTo(lastSecondOfTheDay);
    }

    @Test
    void aChangeWhosePublicationFailedIsPublishedAtTheNextSynchronisation() {
        long elsewhereBefore = elsewhere.current();
        here.changedHere();
        long afterChange = here.current();
        store.failing.set(true);
        here.sync();
        assertThat(here.current()).isEqualTo(afterChange);
        elsewhere.sync();
        assertThat(elsewhere.current()).isEqualTo(elsewhereBefore);

        store.failing.set(false);
        here.sync();
        assertThat(store.value.get()).isEqualTo(1);
        assertThat(here.current()).isEqualTo(afterChange);
        elsewhere.sync();
        assertThat(elsewhere.current()).as("the other instance sees it").isNotEqualTo(elsewhereBefore);
    }

    @Test
    void aSyncIntervalBelowOneMillisecondIsRefusedWithTheSettingsName() {
        for (Duration bad : new Duration[] {Duration.ZERO, Duration.ofNanos(999_999), Duration.ofSeconds(-1)}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> new DashboardGeneration(store, clock, bad, () -> {}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ocop.reporting.dashboard-sync-interval");
        }
    }
}
