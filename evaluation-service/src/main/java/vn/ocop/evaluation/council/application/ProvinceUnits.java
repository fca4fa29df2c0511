package vn.ocop.evaluation.council.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The province's official district and commune codes (GSO list of 1/3/2020, the same file dossier-service
 * uses), so that a council can only be set up for a unit that exists.
 */
@Component
public class ProvinceUnits {

    private final Set<String> districts = new HashSet<>();
    private final Set<String> communes = new HashSet<>();

    public ProvinceUnits() {
        try (InputStream in = getClass().getResourceAsStream("/reference/quang-ngai-admin-units-2020-03.json")) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            for (JsonNode district : root.get("province").get("districts")) {
                districts.add(district.get("code").asString());
                district.get("communes").forEach(c -> communes.add(c.get("code").asString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isDistrict(String code) {
        return districts.contains(code);
    }

    public boolean isCommune(String code) {
        return communes.contains(code);
    }
}
