package vn.ocop.reporting.views.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ocop.reporting.views.CatalogueFilter;
import vn.ocop.reporting.views.CatalogueItem;
import vn.ocop.reporting.views.CatalogueRow;
import vn.ocop.reporting.views.Page;

/** When the in-memory catalogue reloads, and that readers never wait for a reload (the store is a stand-in here). */
class CatalogueIndexTest {

    private static final CatalogueFilter ALL = new CatalogueFilter(null, null, null, null, null, null);
    private final FakeSource source = new FakeSource();
    private final AtomicLong nanos = new AtomicLong();
    private final CatalogueIndex index = new CatalogueIndex(source, Duration.ofSeconds(60), nanos::get);
    private final ExecutorService threads = Executors.newFixedThreadPool(3);
    private CatalogueRefresher refresher;

    @AfterEach
    void stop() {
        threads.shutdownNow();
        if (refresher != null) {
            refresher.close();
        }
    }

    @Test
    void theFirstReadLoadsThenReadsComeFromMemoryUntilTheVersionMoves() {
        source.rows = List.of(row("a", "2020-05-29"));
        assertThat(ids(index.page(ALL, 0, 10))).containsExactly("a");
        assertThat(source.loads).hasValue(1);

        source.rows = List.of(row("a", "2020-05-29"), row("b", "2020-05-30"));
        assertThat(index.refresh()).as("version unchanged, young snapshot").isFalse();
        assertThat(ids(index.page(ALL, 0, 10))).containsExactly("a");
        assertThat(source.versionReads).as("a check reads the version only").hasValue(2);
        assertThat(source.loads).hasValue(1);

        source.version.incrementAndGet();
        assertThat(index.refresh()).isTrue();
        assertThat(ids(index.page(ALL, 0, 10))).containsExactly("b", "a");
        assertThat(index.version()).isEqualTo(1);
        assertThat(source.loads).hasValue(2);
    }

    @Test
    void aSnapshotOlderThanTheMaxAgeIsReloadedEvenIfTheVersionStayed() {
        source.rows = List.of(row("a", "2020-05-29"));
        assertThat(index.refresh()).isTrue();
        source.rows = List.of(row("c", "2020-06-01"));

        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(index.refresh()).isFalse();
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(index.refresh()).isTrue();
        assertThat(ids(index.page(ALL, 0, 10))).containsExactly("c");
    }

    @Test
    void readersKeepThePreviousSnapshotWhileAReloadRunsAndReloadsAreSingleFlight() throws Exception {
        source.rows = List.of(row("a", "2020-05-29"));
        index.refresh();
        source.rows = List.of(row("a", "2020-05-29"), row("b", "2020-05-30"));
        source.version.incrementAndGet();
        source.block = new CountDownLatch(1);

        CompletableFuture<Boolean> reload = CompletableFuture.supplyAsync(index::refresh, threads);
        await().atMost(Duration.ofSeconds(10)).until(() -> source.loading.get() == 1);
        CompletableFuture<Boolean> concurrent = CompletableFuture.supplyAsync(index::refresh, threads);

        // the reload is stuck in the store: a reader still gets its answer, from the previous snapshot
        Page<CatalogueItem> during = CompletableFuture.supplyAsync(() -> index.page(ALL, 0, 10), threads)
                .get(5, TimeUnit.SECONDS);
        assertThat(ids(during)).containsExactly("a");
        assertThat(concurrent).isNotDone();

        source.block.countDown();
        assertThat(reload.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(concurrent.get(5, TimeUnit.SECONDS))
                .as("found the snapshot current after waiting")
                .isFalse();
        assertThat(source.loads).hasValue(2);
        assertThat(ids(index.page(ALL, 0, 10))).containsExactly("b", "a");
    }

    @Test
    void aFailedReloadKeepsThePreviousSnapshotAndTheRefresherRetries() {
        source.rows = List.of(row("a", "2020-05-29"));
        refresher = new CatalogueRefresher(index, Duration.ofMillis(20));
        refresher.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> index.version() == 0);

        source.failures.set(3);
        source.rows = List.of(row("a", "2020-05-29"), row("b", "2020-05-30"));
        source.version.incrementAndGet();
        assertThat(ids(index.page(ALL, 0, 10))).containsExactly("a");

        await().atMost(Duration.ofSeconds(10)).until(() -> index.version() == 1);
        assertThat(source.failures).as("every failure was retried").hasValue(0);
        assertThat(ids(index.page(ALL, 0, 10))).containsExactly("b", "a");
    }

    @Test
    void pagesCutTheFilteredListAndCountItAll() {
        source.rows = List.of(row("a", "2020-05-29"), row("b", "2020-05-30"), row("c", "2020-05-31"), row("d", null));
        Page<CatalogueItem> second = index.page(ALL, 1, 2);
        // newest first; a missing decision date sorts last, as the store's null does in a descending sort
        assertThat(ids(second)).containsExactly("a", "d");
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(2);
        assertThat(ids(index.page(ALL, 2, 2))).isEmpty();
        assertThat(index.page(ALL, Integer.MAX_VALUE, 100).total())
                .as("no overflow far past the end")
                .isEqualTo(4);
        assertThat(index.all(ALL)).extracting(CatalogueItem::dossierId).containsExactly("c", "b", "a", "d");
        assertThatThrownBy(() -> index.page(ALL, -1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> ids(Page<CatalogueItem> page) {
        return page.items().stream().map(CatalogueItem::dossierId).toList();
    }

    private static CatalogueRow row(String id, String decisionDate) {
        CatalogueItem item = new CatalogueItem(
                id,
                "Sản phẩm " + id,
                "prd",
                "Hợp tác xã",
                "536",
                "Huyện Lý Sơn",
                null,
                null,
                "FOOD_FRESH",
                4,
                null,
                "QD-1",
                decisionDate == null ? null : LocalDate.parse(decisionDate),
                null,
                null,
                "usr");
        return new CatalogueRow(item, decisionDate, "san pham " + id, 4, 2020, " san pham " + id + " ");
    }

    /** A store stand-in: a version, the rows a load returns, a latch a load may wait on, failures to throw. */
    private static final class FakeSource implements CatalogueIndex.Source {
        final AtomicLong version = new AtomicLong();
        final AtomicInteger versionReads = new AtomicInteger();
        final AtomicInteger loads = new AtomicInteger();
        final AtomicInteger loading = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();
        volatile List<CatalogueRow> rows = List.of();
        volatile CountDownLatch block;

        @Override
        public long version() {
            versionReads.incrementAndGet();
            return version.get();
        }

        @Override
        public List<CatalogueRow> recognisedProducts() {
            if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IllegalStateException("store unavailable (simulated)");
            }
            loading.incrementAndGet();
            try {
                CountDownLatch latch = block;
                if (latch != null && !latch.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never released");
                }
                loads.incrementAndGet();
                return rows;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                loading.decrementAndGet();
            }
        }
    }
}
