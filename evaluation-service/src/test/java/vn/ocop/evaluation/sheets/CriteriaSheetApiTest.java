package vn.ocop.evaluation.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.ocop.evaluation.support.EvaluationServiceTestBase;

class CriteriaSheetApiTest extends EvaluationServiceTestBase {

    @Test
    void listsShippedSheetsFilteredByLegalBasisAndGroup() {
        JsonNode sheets = json(api().get("/api/v1/criteria-sheets?legalBasis=QD1048_2019&group=FOOD_PROCESSED")
                .as("council.mo-duc.member1")
                .send());
        assertThat(sheets.valueStream().map(s -> s.get("id").asString()).toList())
                .containsExactly(FOOD_SHEET);
        assertThat(sheets.get(0).get("imported").asBoolean()).isFalse();
        assertThat(api().get("/api/v1/criteria-sheets/NO-SUCH")
                        .as("operator")
                        .send()
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void refusesAnInvalidSheetListingEveryProblemAndStoresNothing() {
        int before = json(api().get("/api/v1/criteria-sheets?legalBasis=QD148_2023")
                        .as("operator")
                        .send())
                .size();

        HttpResponse<String> r = api().post(
                        "/api/v1/criteria-sheets/import", herbSheet("QD148-HERB-BROKEN", 35, "HERB_RAW"))
                .as("operator")
                .send();

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(json(r).get("errors")
                        .valueStream()
                        .map(e -> e.get("reason").asString())
                        .toList())
                .anyMatch(reason -> reason.startsWith("PART_MAXIMUM_MISMATCH"))
                .anyMatch(reason -> reason.startsWith("PART_POINTS_DO_NOT_ADD_UP"));
        assertThat(json(r).get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString())
                        .toList())
                .contains("A");
        assertThat(json(api().get("/api/v1/criteria-sheets?legalBasis=QD148_2023")
                        .as("operator")
                        .send()))
                .hasSize(before);
    }

    @Test
    void importedSheetJoinsTheCatalogAndOnlyTheProvinceMayImport() {
        String sheet = herbSheet("QD148-HERB-MEDICINE-IMPORT", 40, "HERB_MEDICINE");
        assertThat(api().post("/api/v1/criteria-sheets/import", sheet)
                        .as("district.mo-duc")
                        .send()
                        .statusCode())
                .isEqualTo(403);

        HttpResponse<String> r = api().post("/api/v1/criteria-sheets/import", sheet)
                .as("province.officer")
                .send();

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode listed = json(api().get("/api/v1/criteria-sheets?group=HERB_MEDICINE&legalBasis=QD148_2023")
                .as("operator")
                .send());
        assertThat(listed.valueStream()
                        .map(s ->
                                s.get("id").asString() + "/" + s.get("imported").asBoolean())
                        .toList())
                .containsExactly("QD148-HERB-MEDICINE-IMPORT/true");
        HttpResponse<String> again = api().post("/api/v1/criteria-sheets/import", sheet)
                .as("province.officer")
                .send();
        assertThat(again.statusCode()).as("the same id and version twice").isEqualTo(400);
        assertThat(again.body()).contains("DUPLICATE_SHEET_VERSION");
    }
}
