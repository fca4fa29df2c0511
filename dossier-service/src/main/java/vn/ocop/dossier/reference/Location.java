package vn.ocop.dossier.reference;

/** Where a producer is: its district and, unless the district allows none, its commune. */
public record Location(
        String provinceCode, String districtCode, String districtName, String communeCode, String communeName) {}
