package vn.ocop.evaluation.sheets.application;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.ocop.evaluation.common.EvaluationRefusal;
import vn.ocop.evaluation.criteria.CriteriaCatalog;
import vn.ocop.evaluation.criteria.CriteriaSheet;
import vn.ocop.evaluation.criteria.SheetProblem;
import vn.ocop.evaluation.criteria.SheetRejected;
import vn.ocop.evaluation.criteria.catalog.ClasspathCriteriaCatalog;
import vn.ocop.evaluation.criteria.catalog.CriteriaSheetReader;
import vn.ocop.evaluation.sheets.persistence.ImportedSheetStore;
import vn.ocop.evaluation.sheets.persistence.ImportedSheetStore.ImportedSheet;

/**
 * The catalog in use: the shipped sheets merged with the imported ones. Imported sheets live in
 * MongoDB so that every instance sees them; an instance re-reads them when their count changes
 * (sheets are only ever added, never edited).
 */
@Service
public class SheetCatalog {

    private final CriteriaCatalog shipped = ClasspathCriteriaCatalog.load();
    private final ImportedSheetStore store;
    private final Clock clock;
    private final AtomicReference<Snapshot> current;

    private record Snapshot(long importedCount, CriteriaCatalog catalog) {}

    public SheetCatalog(ImportedSheetStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.current = new AtomicReference<>(new Snapshot(0, shipped));
    }

    public CriteriaCatalog current() {
        long count = store.count();
        Snapshot snapshot = current.get();
        if (snapshot.importedCount() == count) {
            return snapshot.catalog();
        }
        CriteriaCatalog merged = shipped;
        List<ImportedSheet> imported = store.all();
        for (ImportedSheet sheet : imported) {
            merged = merged.withSheet(read(merged, sheet.json(), sheet.id()));
        }
        current.set(new Snapshot(imported.size(), merged));
        return merged;
    }

    /**
     * Validates the sheet against the current catalog and stores it; nothing is stored when any check fails.
     *
     * @throws EvaluationRefusal.Invalid with every problem found
     */
    public CriteriaSheet importSheet(String json, String actor) {
        CriteriaCatalog catalog = current();
        CriteriaSheet sheet;
        try {
            sheet = read(catalog, json, "upload");
        } catch (SheetRejected rejected) {
            throw EvaluationRefusal.Invalid.sheet(rejected);
        }
        try {
            store.insert(new ImportedSheet(
                    sheet.id() + ":v" + sheet.version(), sheet.id(), sheet.version(), json, actor, clock.instant()));
        } catch (DuplicateKeyException e) {
            throw EvaluationRefusal.Invalid.sheet(new SheetRejected(
                    sheet.reference(),
                    List.of(SheetProblem.of(
                            SheetProblem.Kind.DUPLICATE_SHEET_VERSION,
                            "version",
                            "Đã có phiếu " + sheet.reference(),
                            "Sheet " + sheet.reference() + " already exists"))));
        }
        return sheet;
    }

    public boolean isImported(CriteriaSheet sheet) {
        return shipped.sheet(sheet.id(), sheet.version()).isEmpty();
    }

    public List<CriteriaSheet> list(String legalBasis, String group) {
        return current().sheets().stream()
                .filter(s -> legalBasis == null || s.legalBasis().equals(legalBasis))
                .filter(s -> group == null || s.productGroups().contains(group))
                .sorted(Comparator.comparing(CriteriaSheet::legalBasis)
                        .thenComparing(CriteriaSheet::id)
                        .thenComparing(CriteriaSheet::version))
                .toList();
    }

    /** A given version, or the newest one when {@code version} is null. */
    public Optional<CriteriaSheet> find(String id, Integer version) {
        return current().sheets().stream()
                .filter(s -> s.id().equals(id) && (version == null || s.version() == version))
                .max(Comparator.comparingInt(CriteriaSheet::version));
    }

    private static CriteriaSheet read(CriteriaCatalog against, String json, String source) {
        return CriteriaSheetReader.validatingAgainst(against)
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source);
    }
}
