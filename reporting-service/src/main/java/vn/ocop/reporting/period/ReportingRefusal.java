package vn.ocop.reporting.period;

/** A business rule refused the change; carries a stable code and the reason in English and Vietnamese. */
public class ReportingRefusal extends RuntimeException {

    private final String code;
    private final String reasonVi;

    public ReportingRefusal(String code, String reason, String reasonVi) {
        super(reason);
        this.code = code;
        this.reasonVi = reasonVi;
    }

    public String code() {
        return code;
    }

    public String reasonVi() {
        return reasonVi;
    }
}
