package vn.ocop.dossier.reference;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The mandatory documents of one legal basis, adjusted per sector and then per sub-group. */
public record ChecklistRule(
        String legalBasis, List<String> required, Map<String, Adjustment> bySector, Map<String, Adjustment> byGroup) {

    public ChecklistRule {
        required = List.copyOf(required);
        bySector = bySector == null ? Map.of() : Map.copyOf(bySector);
        byGroup = byGroup == null ? Map.of() : Map.copyOf(byGroup);
    }

    public List<String> requiredFor(String sector, String group) {
        Set<String> out = new LinkedHashSet<>(required);
        apply(bySector.get(sector), out);
        apply(byGroup.get(group), out);
        return List.copyOf(out);
    }

    private static void apply(Adjustment a, Set<String> out) {
        if (a != null) {
            out.addAll(a.add());
            a.remove().forEach(out::remove);
        }
    }

    public record Adjustment(List<String> add, List<String> remove) {
        public Adjustment {
            add = add == null ? List.of() : List.copyOf(add);
            remove = remove == null ? List.of() : List.copyOf(remove);
        }
    }
}
