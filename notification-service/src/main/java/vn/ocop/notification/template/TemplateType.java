package vn.ocop.notification.template;

import java.util.Set;

/**
 * The messages the service sends, each with the placeholders its templates may use. Files live under
 * {@code templates/notification/<id>.<lang>.{subject,txt,html,sms}}.
 * Boolean placeholders drive sections: {@code {{#flag}}…{{/flag}}} shows when true, {@code {{^flag}}…{{/flag}}} when false.
 */
public enum TemplateType {
    /** To the district officer: a producer filed (or re-filed) a dossier. */
    DOSSIER_SUBMITTED(
            "dossier-submitted",
            "productName",
            "producerName",
            "districtName",
            "roundYear",
            "dossierId",
            "submittedOn",
            "resubmission"),
    /** To the producer and the commune officer: the district sent the dossier back, with its reasons. */
    DOSSIER_RETURNED(
            "dossier-returned", "productName", "producerName", "districtName", "dossierId", "returnedOn", "reasons"),
    /** To the producer: the district accepted the dossier for evaluation. */
    DOSSIER_ACCEPTED(
            "dossier-accepted", "productName", "producerName", "districtName", "roundYear", "dossierId", "acceptedOn"),
    /** To DARD: a district forwarded a graded dossier to the province. */
    DOSSIER_FORWARDED(
            "dossier-forwarded",
            "productName",
            "producerName",
            "districtName",
            "dossierId",
            "forwardedOn",
            "districtScore",
            "districtStars",
            "districtDeadline",
            "late"),
    /** To the producer: the district council's grade, and whether the product goes on to the province. */
    DISTRICT_GRADED(
            "district-graded", "productName", "producerName", "districtName", "score", "stars", "qualifiesForProvince"),
    /** To the producer and the district: the provincial council's grade. */
    PROVINCE_GRADED("province-graded", "productName", "producerName", "score", "stars"),
    /** To the producer and the district: the provincial People's Committee recognised the product. */
    PRODUCT_RECOGNIZED(
            "product-recognized",
            "productName",
            "producerName",
            "stars",
            "certificateNumber",
            "decisionNumber",
            "decisionDate",
            "validFrom",
            "validUntil"),
    /** To the producer: the certificate runs out soon (at least 30 days ahead). */
    RECOGNITION_EXPIRING(
            "recognition-expiring",
            "productName",
            "producerName",
            "stars",
            "certificateNumber",
            "validUntil",
            "daysLeft"),
    /** To the unit and DARD: a semi-annual report is late. */
    REPORT_OVERDUE("report-overdue", "unitName", "year", "firstHalf", "dueDate", "daysOverdue"),
    /** To the owning unit and DARD: a directive task is past its due date. */
    TASK_OVERDUE("task-overdue", "taskTitle", "ownerUnitName", "dueDate", "daysOverdue"),
    /** To the district officer, 7, 3 and 1 days before the district deadline of a round. */
    DISTRICT_DEADLINE_REMINDER(
            "district-deadline-reminder",
            "districtName",
            "roundYear",
            "roundNumber",
            "districtDeadline",
            "daysLeft",
            "pendingDossiers"),
    /** To the district officer: the district deadline passed with dossiers not yet forwarded. */
    DISTRICT_DEADLINE_OVERDUE(
            "district-deadline-overdue",
            "districtName",
            "roundYear",
            "roundNumber",
            "districtDeadline",
            "daysOverdue",
            "pendingDossiers"),
    /** To each reporting unit before 20 June and 20 December. */
    REPORT_DUE_REMINDER("report-due-reminder", "unitName", "year", "firstHalf", "dueDate", "daysLeft");

    private final String id;
    private final Set<String> placeholders;

    TemplateType(String id, String... placeholders) {
        this.id = id;
        this.placeholders = Set.of(placeholders);
    }

    /** The file name stem, e.g. {@code dossier-returned}. */
    public String id() {
        return id;
    }

    public Set<String> placeholders() {
        return placeholders;
    }
}
