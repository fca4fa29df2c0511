package vn.ocop.reporting.views;

import java.util.Comparator;
import java.util.List;

/**
 * A recognised product as the in-memory catalogue holds it: the item shown, plus the stored values the catalogue
 * query filters and sorts on, kept raw so that matching and order are exactly the store's (see
 * DossierViewQueries.catalogue, the reference).
 *
 * @param decisionDate {@code recognition.decisionDate} as stored (ISO text; sorts like the date)
 * @param sortName     {@code recognition.sortName}, the folded product name
 * @param stars        {@code recognition.stars}, compared as a number like the store does
 * @param year         {@code recognition.year}, compared as a number
 * @param search       {@code recognition.search}: folded words, each preceded by a space
 */
public record CatalogueRow(
        CatalogueItem item, String decisionDate, String sortName, Number stars, Number year, String search) {

    /**
     * The store's order: decision date newest first, then name, then id (unique: pages never overlap or skip). A
     * missing value sorts like the store's null: before any text ascending, so after it descending.
     */
    public static final Comparator<CatalogueRow> ORDER = Comparator.comparing(
                    CatalogueRow::decisionDate,
                    Comparator.nullsFirst(Comparator.<String>naturalOrder()).reversed())
            .thenComparing(CatalogueRow::sortName, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(r -> r.item().dossierId(), Comparator.nullsFirst(Comparator.naturalOrder()));

    /**
     * The catalogue query's conditions for one request: equality on each filter given, and each word of the query
     * (folded, see {@link CatalogueFilter#words()}) at a word start in the search text, i.e. {@code " " + word}
     * occurring in it (the store's regex is that literal, unanchored). The needles are made once per request.
     */
    public record Conditions(CatalogueFilter filter, List<String> needles) {

        public static Conditions of(CatalogueFilter filter) {
            return new Conditions(
                    filter, filter.words().stream().map(w -> " " + w).toList());
        }

        /** No condition at all: every row matches. */
        public boolean none() {
            return filter.district() == null
                    && filter.commune() == null
                    && filter.group() == null
                    && filter.stars() == null
                    && filter.year() == null
                    && needles.isEmpty();
        }
    }

    public boolean matches(Conditions conditions) {
        CatalogueFilter filter = conditions.filter();
        return (filter.district() == null || filter.district().equals(item.districtCode()))
                && (filter.commune() == null || filter.commune().equals(item.communeCode()))
                && (filter.group() == null || filter.group().equals(item.productGroup()))
                && (filter.stars() == null || sameNumber(stars, filter.stars()))
                && (filter.year() == null || sameNumber(year, filter.year()))
                && containsAll(conditions.needles());
    }

    private boolean containsAll(List<String> needles) {
        if (needles.isEmpty()) {
            return true;
        }
        if (search == null) {
            return false;
        }
        for (String needle : needles) {
            if (!search.contains(needle)) {
                return false;
            }
        }
        return true;
    }

    /** The store matches numbers by value whatever their BSON type (an int 4 equals a long 4 or a double 4.0). */
    private static boolean sameNumber(Number stored, int wanted) {
        return stored != null && stored.doubleValue() == wanted;
    }
}
