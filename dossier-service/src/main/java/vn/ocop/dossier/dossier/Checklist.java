package vn.ocop.dossier.dossier;

import java.util.Collection;
import java.util.List;

/** The mandatory document types of a dossier (by legal basis and product group). */
public record Checklist(List<String> required) {

    public Checklist {
        required = List.copyOf(required);
    }

    /** The mandatory types that none of the attached documents covers, in checklist order. */
    public List<String> missing(Collection<String> attachedTypes) {
        return required.stream().filter(t -> !attachedTypes.contains(t)).toList();
    }
}
