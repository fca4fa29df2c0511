package vn.ocop.notification.unit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Names of the province's districts and of the reporting units of letter 878 ({@code reference/units.json}), and
 * which district each commune belongs to (the GSO list of 1/3/2020 that dossier-service uses,
 * {@code reference/quang-ngai-admin-units-2020-03.json}). A district reports as unit {@code DIST-<district code>};
 * events that name it by its bare code are read the same.
 */
public final class UnitDirectory {

    public static final String DISTRICT_UNIT_PREFIX = "DIST-";

    private final Map<String, String> districts = new LinkedHashMap<>();
    private final Map<String, String> departments = new LinkedHashMap<>();
    private final Map<String, String> districtOfCommune = new HashMap<>();

    public UnitDirectory(JsonMapper json) {
        Units units = read(json, "reference/units.json", Units.class);
        units.districts().forEach(u -> districts.put(u.code(), u.name()));
        units.departments().forEach(u -> departments.put(u.code(), u.name()));
        for (AdminDistrict d : read(json, "reference/quang-ngai-admin-units-2020-03.json", AdminUnits.class)
                .province()
                .districts()) {
            d.communes().forEach(c -> districtOfCommune.put(c.code(), d.code()));
        }
    }

    private static <T> T read(JsonMapper json, String resource, Class<T> type) {
        try (InputStream in = UnitDirectory.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing reference file " + resource);
            }
            return json.readValue(in, type);
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

    public boolean isDistrict(String code) {
        return districts.containsKey(code);
    }

    /** The district a commune belongs to, or null when the code is no commune of the province. */
    public String districtOfCommune(String communeCode) {
        return communeCode == null ? null : districtOfCommune.get(communeCode);
    }

    /** A department of letter 878 or {@code DIST-<code>} of one of the province's districts. */
    public boolean isUnit(String code) {
        return departments.containsKey(code) || isDistrict(districtOfUnit(code));
    }

    /** The district behind {@code DIST-<code>}, or null for a department (or anything else). */
    public static String districtOfUnit(String unitCode) {
        return unitCode != null && unitCode.startsWith(DISTRICT_UNIT_PREFIX)
                ? unitCode.substring(DISTRICT_UNIT_PREFIX.length())
                : null;
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
    record Units(List<Unit> districts, List<Unit> departments) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Unit(String code, String name) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AdminUnits(AdminProvince province) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AdminProvince(List<AdminDistrict> districts) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AdminDistrict(String code, List<Unit> communes) {}
}
