package vn.ocop.notification.reminder;

/** The points around a deadline at which people are reminded. */
public enum ReminderMark {
    D7,
    D3,
    D1,
    OVERDUE
}
