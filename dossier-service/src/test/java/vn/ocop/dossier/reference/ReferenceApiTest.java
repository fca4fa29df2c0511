package vn.ocop.dossier.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.ocop.dossier.support.DossierServiceTestBase;

class ReferenceApiTest extends DossierServiceTestBase {

    @Test
    void unitsListThirteenDistrictsAndLySonNeedsNoCommune() {
        JsonNode units = json(api().get("/api/v1/units").as("producer.ba-to").send());
        assertThat(units.get("districts")).hasSize(13);
        JsonNode lySon = null;
        for (JsonNode d : units.get("districts")) {
            if (d.get("code").asString().equals("536")) {
                lySon = d;
            } else {
                assertThat(d.get("communeOptional").asBoolean())
                        .as(d.get("name").asString())
                        .isFalse();
            }
        }
        assertThat(lySon.get("communeOptional").asBoolean()).isTrue();
        assertThat(api().get("/api/v1/units").send().statusCode()).isEqualTo(401);
    }

    @Test
    void productGroupsHaveSixSectorsPerLegalBasis() {
        JsonNode groups = json(api().get("/api/v1/product-groups?legalBasis=QD1048_2019")
                .as("reporter.dard")
                .send());
        assertThat(groups.get(0).get("sectors")).hasSize(6);
        JsonNode all =
                json(api().get("/api/v1/product-groups").as("reporter.dard").send());
        assertThat(all).hasSize(2);
    }

    @Test
    void apiDocumentIsPublishedForLinting() throws Exception {
        var r = api().get("/v3/api-docs").send();
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = json(r);
        assertThat(doc.get("paths").has("/api/v1/dossiers/{id}/submit")).isTrue();
        doc.get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(op -> assertThat(op.getValue().get("summary"))
                                .as(path.getKey() + " " + op.getKey())
                                .isNotNull()));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), r.body());
    }
}
