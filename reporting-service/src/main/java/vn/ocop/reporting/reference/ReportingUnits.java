package vn.ocop.reporting.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The reporting units of letter 878, in the order reports list them (loaded from reference/reporting-units.json). */
public record ReportingUnits(List<ReportingUnit> units) {

    public static final String DARD = "DARD";

    public ReportingUnits {
        units = List.copyOf(units);
    }

    /** The departments listed in the data, then one People's Committee per district in official order. */
    public static ReportingUnits of(List<ReportingUnit> departments) {
        List<ReportingUnit> all = new ArrayList<>(departments);
        for (District d : Districts.QUANG_NGAI_2020) {
            all.add(new ReportingUnit(ReportingUnit.ofDistrict(d.code()), "Ủy ban nhân dân " + lowerFirst(d.name())));
        }
        return new ReportingUnits(all);
    }

    public Optional<ReportingUnit> byCode(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }

    public String nameOf(String code) {
        return byCode(code).map(ReportingUnit::name).orElse(code);
    }

    public List<String> codes() {
        return units.stream().map(ReportingUnit::code).toList();
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
