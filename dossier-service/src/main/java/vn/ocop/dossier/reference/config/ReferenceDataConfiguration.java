package vn.ocop.dossier.reference.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.dossier.reference.AdministrativeUnits;
import vn.ocop.dossier.reference.Checklists;
import vn.ocop.dossier.reference.LegalBases;
import vn.ocop.dossier.reference.ProductClassifications;
import vn.ocop.dossier.reference.Province;
import vn.ocop.dossier.reference.ReferenceData;

/** Loads the reference data files under {@code src/main/resources/reference/} once, at start-up. */
@Configuration(proxyBeanMethods = false)
public class ReferenceDataConfiguration {

    // the files carry notes and source lines that the records do not keep
    private static final JsonMapper FILES = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Bean
    ReferenceData referenceData() {
        return new ReferenceData(
                new AdministrativeUnits(read("reference/quang-ngai-admin-units-2020-03.json", UnitsFile.class)
                        .province()),
                read("reference/product-groups.json", ProductClassifications.class),
                read("reference/legal-bases.json", LegalBases.class),
                read("reference/checklists.json", Checklists.class));
    }

    static <T> T read(String path, Class<T> type) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return FILES.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference data " + path, e);
        }
    }

    record UnitsFile(Province province) {}
}
