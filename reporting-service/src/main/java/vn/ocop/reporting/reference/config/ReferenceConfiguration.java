package vn.ocop.reporting.reference.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.reporting.reference.ReportingUnit;
import vn.ocop.reporting.reference.ReportingUnits;

/** Loads the reporting units of letter 878 from {@code reference/reporting-units.json}. */
@Configuration(proxyBeanMethods = false)
public class ReferenceConfiguration {

    @Bean
    ReportingUnits reportingUnits(JsonMapper json) {
        JsonNode root = read(json, "reference/reporting-units.json");
        List<ReportingUnit> departments = new ArrayList<>();
        root.get("departments")
                .forEach(d -> departments.add(new ReportingUnit(
                        d.get("code").asString(), d.get("name").asString())));
        return ReportingUnits.of(departments);
    }

    public static JsonNode read(JsonMapper json, String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
