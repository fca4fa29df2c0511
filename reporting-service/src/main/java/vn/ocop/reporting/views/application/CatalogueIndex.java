package vn.ocop.reporting.views.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import vn.ocop.reporting.views.CatalogueFilter;
import vn.ocop.reporting.views.CatalogueItem;
import vn.ocop.reporting.views.CatalogueRow;
import vn.ocop.reporting.views.Page;

/**
 * The recognised-product catalogue served from memory. The store query behind it (DossierViewQueries.catalogue)
 * filters and sorts the whole dossier view for every request, and the embedded store has no secondary index to
 * help: at national size (200,000 dossiers, 16,000 recognised products) that is a scan of every view document per
 * page. Here the recognised products are loaded once into an immutable snapshot, already in the catalogue's order,
 * and each request only filters that list, counts and cuts out its page: the same items, page and total as the store
 * query (same conditions, same order: see {@link CatalogueRow}).
 * <p>
 * The snapshot also holds the rows partitioned by district, commune, stars and year (each partition in catalogue
 * order): a request with one of those filters walks the smallest partition it names instead of all the products
 * (a district is a few dozen of the 16,000 national ones), still checking every condition; a request without any
 * condition takes its page straight from the list. At national size the filter loop over every row was most of
 * reporting-service's samples under the officers' catalogue load (docs/benchmarks.md).
 * <p>
 * Freshness: the live projection moves a version counter in the store whenever what the catalogue shows may have
 * changed (see {@link Source#version()}). {@link #refresh()} reads that one document and reloads when it moved, or
 * when the snapshot is older than {@code maxAge} (a safety net for a writer that stopped between its view write and
 * the counter); {@link CatalogueRefresher} calls it periodically. The version is read before the load, so a change
 * made during a load leaves the snapshot at the older version and the next check loads again.
 * <p>
 * Reloads are single-flight (one at a time; a concurrent caller waits and then finds the snapshot current). Readers
 * never wait for a reload: they use the snapshot in place, which is swapped atomically when the next one is complete.
 * Only the very first read, before any snapshot exists, loads (or waits for the load in progress).
 */
public final class CatalogueIndex {

    /** Where the catalogue comes from. */
    public interface Source {

        /** The catalogue's change counter: moves after every write that may change what the catalogue shows. */
        long version();

        /** Every product the catalogue shows (recognised, not expired), in any order. */
        List<CatalogueRow> recognisedProducts();
    }

    /**
     * What one load saw: the rows in catalogue order, the version read before loading, when it started, and the
     * rows partitioned by the equality filters (each partition a sublist of {@code rows} in the same order; a row
     * whose value no filter can equal, such as a missing district or 4.5 stars, is in no partition).
     */
    private record Snapshot(
            long version,
            long loadedAtNanos,
            List<CatalogueRow> rows,
            Map<String, List<CatalogueRow>> byDistrict,
            Map<String, List<CatalogueRow>> byCommune,
            Map<Integer, List<CatalogueRow>> byStars,
            Map<Integer, List<CatalogueRow>> byYear) {

        static Snapshot of(long version, long loadedAtNanos, List<CatalogueRow> rows) {
            return new Snapshot(
                    version,
                    loadedAtNanos,
                    rows,
                    partition(rows, r -> r.item().districtCode()),
                    partition(rows, r -> r.item().communeCode()),
                    partition(rows, r -> wholeNumber(r.stars())),
                    partition(rows, r -> wholeNumber(r.year())));
        }

        /**
         * The rows that can match {@code filter}: the smallest partition among the filters it gives (empty if a
         * value has none), or every row. A superset of the matches, in catalogue order.
         */
        List<CatalogueRow> candidates(CatalogueFilter filter) {
            List<CatalogueRow> best = rows;
            if (filter.district() != null) {
                best = smaller(best, byDistrict.getOrDefault(filter.district(), List.of()));
            }
            if (filter.commune() != null) {
                best = smaller(best, byCommune.getOrDefault(filter.commune(), List.of()));
            }
            if (filter.stars() != null) {
                best = smaller(best, byStars.getOrDefault(filter.stars(), List.of()));
            }
            if (filter.year() != null) {
                best = smaller(best, byYear.getOrDefault(filter.year(), List.of()));
            }
            return best;
        }

        private static List<CatalogueRow> smaller(List<CatalogueRow> a, List<CatalogueRow> b) {
            return b.size() < a.size() ? b : a;
        }

        private static <K> Map<K, List<CatalogueRow>> partition(
                List<CatalogueRow> rows, Function<CatalogueRow, K> key) {
            Map<K, List<CatalogueRow>> out = new HashMap<>();
            for (CatalogueRow row : rows) {
                K k = key.apply(row);
                if (k != null) {
                    out.computeIfAbsent(k, x -> new ArrayList<>()).add(row);
                }
            }
            out.replaceAll((k, list) -> List.copyOf(list));
            return Map.copyOf(out);
        }

        /** The int a filter must give to equal this stored number (compared by value, as the store does), or null. */
        private static Integer wholeNumber(Number n) {
            if (n == null) {
                return null;
            }
            double d = n.doubleValue();
            return d == Math.rint(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE ? (int) d : null;
        }
    }

    private final Source source;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private volatile Snapshot snapshot;

    /**
     * @param maxAge   a snapshot this old is reloaded even if the version did not move ({@code PT0S}: at every check)
     * @param nanoTime a monotonic clock (System::nanoTime): these are operating intervals, not business time
     */
    public CatalogueIndex(Source source, Duration maxAge, LongSupplier nanoTime) {
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("maxAge must not be negative: " + maxAge);
        }
        this.source = source;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The page of the products matching {@code filter}, and how many match in all. */
    public Page<CatalogueItem> page(CatalogueFilter filter, int page, int size) {
        if (page < 0 || size < 0) {
            throw new IllegalArgumentException("page and size must not be negative: " + page + ", " + size);
        }
        Snapshot snap = current();
        long from = (long) page * size;
        long to = from + size;
        CatalogueRow.Conditions conditions = CatalogueRow.Conditions.of(filter);
        if (conditions.none()) {
            List<CatalogueRow> rows = snap.rows();
            List<CatalogueItem> items =
                    rows.subList((int) Math.min(from, rows.size()), (int) Math.min(to, rows.size())).stream()
                            .map(CatalogueRow::item)
                            .toList();
            return new Page<>(items, page, size, rows.size());
        }
        List<CatalogueRow> rows = snap.candidates(filter);
        List<CatalogueItem> items = new ArrayList<>(Math.min(size, 100));
        long total = 0;
        for (CatalogueRow row : rows) {
            if (row.matches(conditions)) {
                if (total >= from && total < to) {
                    items.add(row.item());
                }
                total++;
            }
        }
        return new Page<>(List.copyOf(items), page, size, total);
    }

    /** Every product matching {@code filter}, in catalogue order (the xlsx export). */
    public List<CatalogueItem> all(CatalogueFilter filter) {
        CatalogueRow.Conditions conditions = CatalogueRow.Conditions.of(filter);
        return current().candidates(filter).stream()
                .filter(r -> r.matches(conditions))
                .map(CatalogueRow::item)
                .toList();
    }

    /**
     * Reloads if the version moved or the snapshot is older than {@code maxAge}, or if there is none yet.
     *
     * @return whether it reloaded
     */
    public synchronized boolean refresh() {
        Snapshot last = snapshot;
        long version = source.version();
        if (last != null && last.version() == version && nanoTime.getAsLong() - last.loadedAtNanos() < maxAgeNanos) {
            return false;
        }
        long started = nanoTime.getAsLong();
        List<CatalogueRow> rows = new ArrayList<>(source.recognisedProducts());
        rows.sort(CatalogueRow.ORDER);
        snapshot = Snapshot.of(version, started, List.copyOf(rows));
        return true;
    }

    /** The version of the snapshot served, or -1 before the first load. */
    public long version() {
        Snapshot s = snapshot;
        return s == null ? -1 : s.version();
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        return s != null ? s : firstLoad();
    }

    private synchronized Snapshot firstLoad() {
        if (snapshot == null) {
            refresh();
        }
        return snapshot;
    }
}
