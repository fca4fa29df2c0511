package vn.ocop.notification.unit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * Names of the province's districts and of the reporting units of letter 878 ({@code reference/units.json}).
 * A district reports as unit {@code DIST-<district code>}; events that name it by its bare code are read the same.
 */
public final class UnitDirectory {

    public static final String DISTRICT_UNIT_PREFIX = "DIST-";

    private final Map<String, String> districts = new LinkedHashMap<>();
    private final Map<String, String> departments = new LinkedHashMap<>();

    public UnitDirectory(JsonMapper json) {
        try (InputStream in = UnitDirectory.class.getClassLoader().getResourceAsStream("reference/units.json")) {
            Units units = json.readValue(in, Units.class);
            units.districts().forEach(u -> districts.put(u.code(), u.name()));
            units.departments().forEach(u -> departments.put(u.code(), u.name()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code 533} and {@code DIST-533} both mean the district's People's Committee as a reporting unit. */
    public static String unitCode(String code) {
        return code != null && code.matches("[0-9]{3}") ? DISTRICT_UNIT_PREFIX + code : code;
    }

    public Map<String, String> districts() {
        return Map.copyOf(districts);
    }

    public Map<String, String> departments() {
        return Map.copyOf(departments);
    }

    public String districtName(String districtCode) {
        return districts.getOrDefault(districtCode, "huyện " + districtCode);
    }

    public String unitName(String code) {
        String unit = unitCode(code);
        if (unit != null && unit.startsWith(DISTRICT_UNIT_PREFIX)) {
            String district = unit.substring(DISTRICT_UNIT_PREFIX.length());
            return districts.containsKey(district) ? "Ủy ban nhân dân " + districts.get(district) : unit;
        }
        return departments.getOrDefault(unit, unit);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Units(List<Unit> districts, List<Unit> departments) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Unit(String code, String name) {
    }
}
