package vn.ocop.reporting.export;

/** The steps a dossier passes through, in pipeline order; each export shows one column per stage. */
public enum FunnelStage {
    SUBMITTED("Đã nộp"),
    RETURNED("Trả lại bổ sung"),
    ACCEPTED("Đã tiếp nhận"),
    DISTRICT_GRADED("Huyện đã chấm"),
    FORWARDED("Đã chuyển tỉnh"),
    PROVINCE_GRADED("Tỉnh đã chấm"),
    RECOGNIZED("Được công nhận");

    private final String label;

    FunnelStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
