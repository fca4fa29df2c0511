package vn.ocop.reporting.export;

/** Progress of a task assigned by the directive letter, as shown to readers of the report. */
public enum TaskStatus {
    OPEN("Chưa thực hiện"),
    IN_PROGRESS("Đang thực hiện"),
    DONE("Hoàn thành"),
    OVERDUE("Quá hạn");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
