package vn.ocop.reporting.dashboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.ocop.platform.test.MutableClock;

/** The dashboard memo: reuse while nothing changed and younger than the max age; one computation at a time. */
class SingleFlightMemoTest {

    private static final Instant T = Instant.parse("2030-01-01T00:00:00Z");

    private final MutableClock clock = new MutableClock(T);
    private final AtomicLong generation = new AtomicLong();
    private final AtomicInteger computations = new AtomicInteger();
    private final SingleFlightMemo<String, String> memo =
            new SingleFlightMemo<>(clock, Duration.ofSeconds(2), generation::get);

    private String compute(Instant at) {
        return "computed #" + computations.incrementAndGet() + " at " + at;
    }

    @Test
    void reusesTheValueWhileNothingChangedAndItIsYoungerThanTheMaxAge() {
        String first = memo.get("province", this::compute);
        clock.set(T.plusMillis(1999));
        String second = memo.get("province", this::compute);

        assertThat(second).isSameAs(first).isEqualTo("computed #1 at " + T);
        assertThat(computations).hasValue(1);
    }

    @Test
    void recomputesAfterAChangeWasApplied() {
        memo.get("province", this::compute);
        generation.incrementAndGet();

        assertThat(memo.get("province", this::compute)).isEqualTo("computed #2 at " + T);
        assertThat(memo.get("province", this::compute)).isEqualTo("computed #2 at " + T);
    }

    @Test
    void recomputesOnceTheMaxAgeIsReachedOrTheClockWentBack() {
        memo.get("province", this::compute);
        clock.set(T.plusSeconds(2));
        assertThat(memo.get("province", this::compute)).isEqualTo("computed #2 at " + T.plusSeconds(2));
        clock.set(T);
        assertThat(memo.get("province", this::compute)).isEqualTo("computed #3 at " + T);
    }

    @Test
    void eachScopeHasItsOwnValue() {
        assertThat(memo.get("province", this::compute)).isEqualTo("computed #1 at " + T);
        assertThat(memo.get("533", this::compute)).isEqualTo("computed #2 at " + T);
        assertThat(memo.get("province", this::compute)).isEqualTo("computed #1 at " + T);
        assertThat(memo.get("533", this::compute)).isEqualTo("computed #2 at " + T);
    }

    @Test
    void aChangeDuringTheComputationMakesItsResultStale() {
        memo.get("province", at -> {
            generation.incrementAndGet(); // applied while the aggregations were reading
            return compute(at);
        });

        assertThat(memo.get("province", this::compute)).isEqualTo("computed #2 at " + T);
    }

    @Test
    void concurrentRequestsForAScopeWaitForTheOneComputation() throws Exception {
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> answers = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread first = startBlockedComputation(memo, computing, release, answers::add);
        List<Thread> waiting = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread t = new Thread(() -> answers.add(memo.get("province", this::compute)));
            t.start();
            waiting.add(t);
        }
        // a change applied meanwhile does not make the waiting requests start their own computation
        generation.incrementAndGet();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> waiting.stream().allMatch(t -> t.getState() == Thread.State.WAITING));
        assertThat(answers).isEmpty();

        release.countDown();
        first.join(10_000);
        for (Thread t : waiting) {
            t.join(10_000);
        }

        assertThat(answers).hasSize(4).containsOnly("computed #1 at " + T);
        assertThat(computations).hasValue(1);
        // the change is seen by the next request
        assertThat(memo.get("province", this::compute)).isEqualTo("computed #2 at " + T);
    }

    @Test
    void aFailedComputationFailsItsWaitersAndIsNotRemembered() throws Exception {
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Throwable> waiterFailure = new AtomicReference<>();
        Thread first = new Thread(() -> {
            try {
                memo.get("province", at -> {
                    computing.countDown();
                    awaitRelease(release);
                    throw new IllegalStateException("store down");
                });
            } catch (IllegalStateException expected) {
                // the computing request fails too
            }
        });
        first.start();
        assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();
        Thread waiter = new Thread(() -> {
            try {
                memo.get("province", this::compute);
            } catch (RuntimeException e) {
                waiterFailure.set(e);
            }
        });
        waiter.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> waiter.getState() == Thread.State.WAITING);

        release.countDown();
        first.join(10_000);
        waiter.join(10_000);

        assertThat(waiterFailure.get())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("store down");
        assertThat(computations).hasValue(0);
        assertThat(memo.get("province", this::compute)).isEqualTo("computed #1 at " + T);
    }

    @Test
    void pastTheMaxAgeTheLastValueIsGivenWhileOneRefreshRunsInTheBackground() {
        List<Runnable> queued = new ArrayList<>();
        SingleFlightMemo<String, String> refreshing =
                new SingleFlightMemo<>(clock, Duration.ofSeconds(2), generation::get, queued::add);
        assertThat(refreshing.get("province", this::compute)).isEqualTo("computed #1 at " + T);

        clock.set(T.plusSeconds(2));
        assertThat(refreshing.get("province", this::compute))
                .as("aged: the last value, refresh queued")
                .isEqualTo("computed #1 at " + T);
        assertThat(refreshing.get("province", this::compute))
                .as("while the refresh runs")
                .isEqualTo("computed #1 at " + T);
        assertThat(queued).as("one refresh, not one per request").hasSize(1);
        assertThat(computations).hasValue(1);

        queued.remove(0).run();
        assertThat(refreshing.get("province", this::compute)).isEqualTo("computed #2 at " + T.plusSeconds(2));

        // a change on this instance: readers wait for the new value, they are not given the old one
        generation.incrementAndGet();
        assertThat(refreshing.get("province", this::compute)).isEqualTo("computed #3 at " + T.plusSeconds(2));
        assertThat(queued).isEmpty();
    }

    @Test
    void afterAChangeTheFirstReaderWaitsForTheNewValueAndTheOthersGetTheLastOneMeanwhile() throws Exception {
        SingleFlightMemo<String, String> refreshing =
                new SingleFlightMemo<>(clock, Duration.ofSeconds(2), generation::get, Runnable::run);
        assertThat(refreshing.get("province", this::compute)).isEqualTo("computed #1 at " + T);
        generation.incrementAndGet();

        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> firstAnswer = new AtomicReference<>();
        Thread first = startBlockedComputation(refreshing, computing, release, firstAnswer::set);

        try {
            // another reader, in a thread of its own: were it to queue behind the recomputation, it would time out
            String meanwhile = java.util.concurrent.CompletableFuture.supplyAsync(
                            () -> refreshing.get("province", this::compute))
                    .get(10, TimeUnit.SECONDS);
            assertThat(meanwhile).as("during the recomputation: the last value").isEqualTo("computed #1 at " + T);
            assertThat(firstAnswer.get())
                    .as("the first reader is still waiting")
                    .isNull();
        } finally {
            release.countDown();
        }
        first.join(10_000);
        assertThat(firstAnswer.get()).isEqualTo("computed #2 at " + T);
        assertThat(computations).hasValue(2);
        assertThat(refreshing.get("province", this::compute)).isEqualTo("computed #2 at " + T);
    }

    @Test
    void aFailedBackgroundRefreshKeepsTheLastValueAndIsTriedAgain() {
        List<Runnable> queued = new ArrayList<>();
        SingleFlightMemo<String, String> refreshing =
                new SingleFlightMemo<>(clock, Duration.ofSeconds(2), generation::get, queued::add);
        refreshing.get("province", this::compute);
        clock.set(T.plusSeconds(3));
        refreshing.get("province", at -> {
            throw new IllegalStateException("store down");
        });
        queued.remove(0).run(); // fails: logged, not remembered

        assertThat(refreshing.get("province", this::compute)).isEqualTo("computed #1 at " + T);
        queued.remove(0).run();
        assertThat(refreshing.get("province", this::compute)).isEqualTo("computed #2 at " + T.plusSeconds(3));
    }

    @Test
    void aNegativeMaxAgeIsRefused() {
        assertThatThrownBy(() -> new SingleFlightMemo<String, String>(clock, Duration.ofSeconds(-1), generation::get))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A reader whose computation signals {@code computing}, then blocks until {@code release}; started and computing. */
    private Thread startBlockedComputation(
            SingleFlightMemo<String, String> on,
            CountDownLatch computing,
            CountDownLatch release,
            java.util.function.Consumer<String> answer)
            throws InterruptedException {
        Thread reader = new Thread(() -> answer.accept(on.get("province", at -> {
            computing.countDown();
            awaitRelease(release);
            return compute(at);
        })));
        reader.start();
        assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();
        return reader;
    }

    private static void awaitRelease(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
