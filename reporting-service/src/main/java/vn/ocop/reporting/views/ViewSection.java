package vn.ocop.reporting.views;

/**
 * A part of a dossier's view written by one kind of event, each with its own version guard: the dossier's state
 * follows the dossier's version, the grades and the recognition follow their evaluation's version. Keeping them
 * apart lets a stale dossier event be dropped without losing, say, the forwarding facts it alone carries.
 *
 * @param versionPath the field holding the version of the last event applied to this part
 * @param prefix      where the part's fields live ("" = top level)
 */
public enum ViewSection {
    STATE("version", ""),
    FORWARDING("forwarding.version", "forwarding."),
    DISTRICT_GRADE("districtGrade.version", "districtGrade."),
    PROVINCE_GRADE("provinceGrade.version", "provinceGrade."),
    RECOGNITION("recognition.version", "recognition."),
    EXPIRY("expiry.version", "expiry."),
    FIVE_STAR("fiveStar.version", "fiveStar.");

    private final String versionPath;
    private final String prefix;

    ViewSection(String versionPath, String prefix) {
        this.versionPath = versionPath;
        this.prefix = prefix;
    }

    public String versionPath() {
        return versionPath;
    }

    public String path(String field) {
        return prefix + field;
    }
}
