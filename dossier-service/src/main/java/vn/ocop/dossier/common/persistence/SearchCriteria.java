package vn.ocop.dossier.common.persistence;

import java.util.List;
import org.springframework.data.mongodb.core.query.Criteria;
import vn.ocop.platform.text.Folding;

/** Query helpers shared by the lists: every folded query word must occur in the folded search text. */
public final class SearchCriteria {

    public static final String FIELD = "searchText";

    private SearchCriteria() {}

    /** Criteria for each word of the query; the words hold only [a-z0-9] after folding, so no escaping is needed. */
    public static List<Criteria> allWords(String query) {
        return Folding.words(query).stream()
                .map(t -> Criteria.where(FIELD).regex(t))
                .toList();
    }

    /** And-combines criteria; null when there are none. */
    public static Criteria and(List<Criteria> all) {
        if (all.isEmpty()) {
            return null;
        }
        return all.size() == 1 ? all.get(0) : new Criteria().andOperator(all);
    }
}
