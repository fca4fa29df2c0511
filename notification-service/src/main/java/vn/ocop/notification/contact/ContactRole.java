package vn.ocop.notification.contact;

/** Whom a contact speaks for; each role is reached for the events that concern its unit. */
public enum ContactRole {
    /** Cán bộ OCOP huyện: the dossiers filed in the district. */
    DISTRICT_OFFICER,
    /** Cán bộ xã: the producers of the commune. */
    COMMUNE_OFFICER,
    /** Chủ thể OCOP: its own dossiers and certificates. */
    PRODUCER,
    /** Sở NN&PTNT (DARD): the whole province. */
    PROVINCE_OFFICER,
    /** Báo cáo viên of a department or district: its semi-annual reports and tasks. */
    UNIT_REPORTER
}
