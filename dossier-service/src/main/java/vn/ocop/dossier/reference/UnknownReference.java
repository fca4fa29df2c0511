package vn.ocop.dossier.reference;

/** A code that the reference data does not know, or a combination it does not allow. */
public class UnknownReference extends RuntimeException {

    private final String field;
    private final String reasonVi;

    public UnknownReference(String field, String reason, String reasonVi) {
        super(reason);
        this.field = field;
        this.reasonVi = reasonVi;
    }

    public String field() {
        return field;
    }

    public String reasonVi() {
        return reasonVi;
    }
}
