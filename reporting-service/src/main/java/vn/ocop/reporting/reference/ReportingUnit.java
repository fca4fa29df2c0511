package vn.ocop.reporting.reference;

/** A unit that must report to DARD twice a year under letter 878 (a department or a district People's Committee). */
public record ReportingUnit(String code, String name) {

    public static final String DISTRICT_PREFIX = "DIST-";

    public static String ofDistrict(String districtCode) {
        return DISTRICT_PREFIX + districtCode;
    }
}
