package vn.ocop.evaluation.criteria;

import static vn.ocop.evaluation.criteria.SheetProblem.Kind.CONFLICTING_SHEET;
import static vn.ocop.evaluation.criteria.SheetProblem.Kind.DUPLICATE_SHEET_VERSION;
import static vn.ocop.evaluation.criteria.SheetProblem.Kind.UNKNOWN_PRODUCT_GROUP;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The legal bases, product classifications and score sheets in use. Immutable: adding an imported
 * sheet yields a new catalog, so a refused import leaves the current one untouched.
 */
public final class CriteriaCatalog {

    private final LegalBases legalBases;
    private final List<ProductClassification> classifications;
    private final List<CriteriaSheet> sheets;
    private final SheetValidator validator;

    public CriteriaCatalog(
            LegalBases legalBases, List<ProductClassification> classifications, List<CriteriaSheet> sheets) {
        this.legalBases = Objects.requireNonNull(legalBases, "legalBases");
        this.classifications = List.copyOf(classifications);
        this.validator = new SheetValidator(legalBases);
        List<CriteriaSheet> accepted = new ArrayList<>();
        for (CriteriaSheet sheet : sheets) {
            List<SheetProblem> problems = problemsOf(sheet, accepted);
            if (!problems.isEmpty()) {
                throw new SheetRejected(sheet.reference(), problems);
            }
            accepted.add(sheet);
        }
        this.sheets = List.copyOf(accepted);
    }

    /** A catalog with one more sheet (or a newer version of an existing one); refuses an invalid sheet. */
    public CriteriaCatalog withSheet(CriteriaSheet sheet) {
        return new CriteriaCatalog(
                legalBases,
                classifications,
                Stream.concat(sheets.stream(), Stream.of(sheet)).toList());
    }

    /** Every problem with a sheet, including those that only show against the rest of the catalog. */
    public List<SheetProblem> problemsOf(CriteriaSheet sheet) {
        return problemsOf(sheet, sheets);
    }

    public LegalBases legalBases() {
        return legalBases;
    }

    public List<CriteriaSheet> sheets() {
        return sheets;
    }

    public Optional<ProductClassification> classification(String legalBasisCode) {
        return legalBases
                .byCode(legalBasisCode)
                .flatMap(b -> classifications.stream()
                        .filter(c -> c.legalBasis().equals(b.criteriaBasis()))
                        .findFirst());
    }

    public Optional<CriteriaSheet> sheet(String id, int version) {
        return sheets.stream()
                .filter(s -> s.id().equals(id) && s.version() == version)
                .findFirst();
    }

    /** The newest version of the sheet for a product sub-group under a legal basis (or the basis it takes criteria from). */
    public Optional<CriteriaSheet> sheetFor(String legalBasisCode, String productGroup) {
        Optional<LegalBasis> basis = legalBases.byCode(legalBasisCode);
        if (basis.isEmpty()) {
            return Optional.empty();
        }
        return newestCovering(legalBasisCode, productGroup)
                .or(() -> newestCovering(basis.get().criteriaBasis(), productGroup));
    }

    private Optional<CriteriaSheet> newestCovering(String legalBasisCode, String productGroup) {
        return sheets.stream()
                .filter(s -> s.legalBasis().equals(legalBasisCode)
                        && s.productGroups().contains(productGroup))
                .max(Comparator.comparingInt(CriteriaSheet::version));
    }

    private List<SheetProblem> problemsOf(CriteriaSheet sheet, List<CriteriaSheet> others) {
        List<SheetProblem> problems = new ArrayList<>(validator.problemsOf(sheet));
        Optional<ProductClassification> classification = classification(sheet.legalBasis());
        for (String group : sheet.productGroups()) {
            if (classification.flatMap(c -> c.group(group)).isEmpty()) {
                problems.add(SheetProblem.of(
                        UNKNOWN_PRODUCT_GROUP,
                        "productGroups/" + group,
                        "Nhóm sản phẩm " + group + " không có trong phân loại của " + sheet.legalBasis(),
                        "Product group " + group + " is not in the classification of " + sheet.legalBasis()));
            }
        }
        for (CriteriaSheet other : others) {
            if (other.id().equals(sheet.id()) && other.version() == sheet.version()) {
                problems.add(SheetProblem.of(
                        DUPLICATE_SHEET_VERSION,
                        "version",
                        "Đã có phiếu " + sheet.reference(),
                        "Sheet " + sheet.reference() + " already exists"));
            } else if (!other.id().equals(sheet.id()) && other.legalBasis().equals(sheet.legalBasis())) {
                other.productGroups().stream()
                        .filter(sheet.productGroups()::contains)
                        .forEach(group -> problems.add(SheetProblem.of(
                                CONFLICTING_SHEET,
                                "productGroups/" + group,
                                "Nhóm " + group + " đã có phiếu " + other.id(),
                                "Group " + group + " is already graded with sheet " + other.id())));
            }
        }
        return problems;
    }
}
