package vn.ocop.dossier.dossier;

import java.util.List;

/** Submission refused: mandatory document types have no attachment. */
public class MissingDocuments extends RuntimeException {

    private final List<String> missing;

    public MissingDocuments(List<String> missing) {
        super("Mandatory documents are missing: " + missing);
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
