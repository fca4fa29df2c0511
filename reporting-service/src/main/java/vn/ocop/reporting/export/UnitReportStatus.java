package vn.ocop.reporting.export;

public enum UnitReportStatus {
    SUBMITTED("Đã nộp"),
    LATE("Nộp muộn"),
    MISSING("Chưa nộp");

    private final String label;

    UnitReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
