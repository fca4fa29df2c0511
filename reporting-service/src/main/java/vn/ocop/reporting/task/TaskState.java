package vn.ocop.reporting.task;

/** What the owner reports about a task; OVERDUE is not a state but how an unfinished task past its date is shown. */
public enum TaskState {
    OPEN,
    IN_PROGRESS,
    DONE
}
