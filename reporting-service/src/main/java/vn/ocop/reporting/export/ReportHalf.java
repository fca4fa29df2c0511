package vn.ocop.reporting.export;

/** The two semi-annual reporting periods (due 20 June and 20 December). */
public enum ReportHalf {
    H1("6 tháng đầu năm"),
    H2("6 tháng cuối năm");

    private final String label;

    ReportHalf(String label) {
        this.label = label;
    }

    /** Vietnamese wording used in titles, e.g. "6 tháng đầu năm". */
    public String label() {
        return label;
    }
}
