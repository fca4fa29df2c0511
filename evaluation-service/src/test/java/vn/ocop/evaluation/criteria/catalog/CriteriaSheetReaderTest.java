package vn.ocop.evaluation.criteria.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.ocop.evaluation.criteria.SheetProblem.Kind.*;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.evaluation.criteria.CriteriaCatalog;
import vn.ocop.evaluation.criteria.CriteriaSheet;
import vn.ocop.evaluation.criteria.SheetProblem;
import vn.ocop.evaluation.criteria.SheetRejected;
import vn.ocop.evaluation.criteria.SheetValidator;
import vn.ocop.evaluation.testing.Sheets;

class CriteriaSheetReaderTest {

    private static final CriteriaCatalog CATALOG = Sheets.SHIPPED;
    private final CriteriaSheetReader reader =
            CriteriaSheetReader.validatingWith(new SheetValidator(CATALOG.legalBases()));

    /** A minimal valid 1048 sheet; tests replace pieces of it. */
    private static final String VALID = """
            {
              "id": "IMPORT-TEST", "version": 1, "legalBasis": "QD1048_2019", "sample": true,
              "title": {"vi": "Phiếu nhập thử", "en": "Import test"},
              "productGroups": ["FOOD_TEA"],
              "parts": [
                {"code": "A", "title": {"vi": "Phần A"}, "maxPoints": 35, "criteria": [
                  {"code": "A1", "text": {"vi": "Nguồn nguyên liệu", "en": "Raw materials"}, "options": [
                    {"code": "a", "text": {"vi": "Mua ngoài"}, "points": 0},
                    {"code": "b", "text": {"vi": "Tại địa phương"}, "points": 35}]}]},
                {"code": "B", "title": {"vi": "Phần B"}, "maxPoints": 25, "criteria": [
                  {"code": "B1", "text": {"vi": "Kênh phân phối"}, "options": [
                    {"code": "a", "text": {"vi": "Trong huyện"}, "points": 12.5},
                    {"code": "b", "text": {"vi": "Toàn quốc"}, "points": 25}]}]},
                {"code": "C", "title": {"vi": "Phần C"}, "maxPoints": 40, "criteria": [
                  {"code": "C1", "text": {"vi": "Giấy chứng nhận an toàn thực phẩm"}, "mandatory": true, "guardsStars": 3,
                   "options": [
                    {"code": "a", "text": {"vi": "Chưa có"}, "points": 0, "failsMandatory": true},
                    {"code": "b", "text": {"vi": "Đã có"}, "points": 40}]}]}
              ]
            }
            """;

    @Test
    void readsAValidSheetWithExactDecimalPoints() {
        CriteriaSheet sheet = reader.read(json(VALID), "upload.json");

        assertThat(sheet.reference()).isEqualTo("IMPORT-TEST v1");
        assertThat(sheet.criterion("B1").orElseThrow().option("a").orElseThrow().points())
                .isEqualByComparingTo("12.5");
        assertThat(sheet.criterion("C1").orElseThrow().guardsStars()).isEqualTo(3);
        assertThat(sheet.criterion("C1").orElseThrow().option("a").orElseThrow().failsMandatory())
                .isTrue();
    }

    @Test
    void refusesMalformedJsonAsOneProblem() {
        assertThat(problems("{ \"id\": ")).extracting(SheetProblem::kind).containsExactly(MALFORMED);
    }

    @Test
    void refusesMisspeltFieldsRatherThanIgnoringThem() {
        List<SheetProblem> problems = problems(VALID.replace("\"mandatory\": true", "\"mandtory\": true"));

        assertThat(problems).extracting(SheetProblem::kind).containsExactly(MALFORMED);
        assertThat(problems.get(0).where()).isEqualTo("$.parts[2].criteria[0].mandtory");
    }

    @Test
    void reportsEveryMissingRequiredFieldWithItsPath() {
        String json = VALID.replace("\"version\": 1, ", "")
                .replace(
                        "{\"code\": \"b\", \"text\": {\"vi\": \"Toàn quốc\"}, \"points\": 25}",
                        "{\"code\": \"b\", \"text\": {\"vi\": \"Toàn quốc\"}}");

        assertThat(problems(json))
                .extracting(SheetProblem::kind, SheetProblem::where)
                .contains(tuple(MISSING_FIELD, "version"), tuple(MISSING_FIELD, "B/B1/b/points"));
    }

    @Test
    void refusesAnUnknownPartCode() {
        assertThat(problems(VALID.replace("\"code\": \"C\"", "\"code\": \"D\"")))
                .extracting(SheetProblem::kind, SheetProblem::where)
                .contains(tuple(MALFORMED, "parts[2]/code"), tuple(PART_MISSING, "C"));
    }

    @Test
    void refusesAnImportWhosePartMaximaDoNotMatchTheLegalBasis() {
        assertThat(problems(VALID.replace("\"legalBasis\": \"QD1048_2019\"", "\"legalBasis\": \"QD148_2023\"")))
                .extracting(SheetProblem::kind, SheetProblem::where)
                .containsExactlyInAnyOrder(tuple(PART_MAXIMUM_MISMATCH, "A"), tuple(PART_MAXIMUM_MISMATCH, "C"));
    }

    @Test
    void refusesAnImportWithNegativePointsAndAnEmptyOptionList() {
        String json = VALID.replace("\"points\": 12.5", "\"points\": -12.5")
                .replace(
                        "{\"code\": \"A1\", \"text\": {\"vi\": \"Nguồn nguyên liệu\", \"en\": \"Raw materials\"}, \"options\": [",
                        "{\"code\": \"A0\", \"text\": {\"vi\": \"Trống\"}, \"options\": []},"
                                + "{\"code\": \"A1\", \"text\": {\"vi\": \"Nguồn nguyên liệu\", \"en\": \"Raw materials\"}, \"options\": [");

        assertThat(problems(json))
                .extracting(SheetProblem::kind, SheetProblem::where)
                .containsExactlyInAnyOrder(tuple(NEGATIVE_POINTS, "B/B1/a"), tuple(NO_OPTIONS, "A/A0"));
    }

    @Test
    void refusesAnImportWithDuplicateCodes() {
        String json = VALID.replace("\"code\": \"B1\"", "\"code\": \"A1\"")
                .replace(
                        "{\"code\": \"b\", \"text\": {\"vi\": \"Đã có\"}",
                        "{\"code\": \"a\", \"text\": {\"vi\": \"Đã có\"}");

        assertThat(problems(json))
                .extracting(SheetProblem::kind, SheetProblem::where)
                .containsExactlyInAnyOrder(
                        tuple(DUPLICATE_CRITERION_CODE, "B/A1"), tuple(DUPLICATE_OPTION_CODE, "C/C1/a"));
    }

    @Test
    void againstTheCatalogRefusesUnknownGroupsAndGroupsAnotherSheetAlreadyGrades() {
        CriteriaSheetReader importer = CriteriaSheetReader.validatingAgainst(CATALOG);
        String json = VALID.replace("[\"FOOD_TEA\"]", "[\"FOOD_TEA\", \"SPACESHIPS\"]");

        assertThatThrownBy(() -> importer.read(json(json), "upload.json"))
                .isInstanceOfSatisfying(
                        SheetRejected.class,
                        e -> assertThat(e.problems())
                                .extracting(SheetProblem::kind, SheetProblem::where)
                                .containsExactlyInAnyOrder(
                                        tuple(UNKNOWN_PRODUCT_GROUP, "productGroups/SPACESHIPS"),
                                        tuple(CONFLICTING_SHEET, "productGroups/FOOD_TEA")));
    }

    @Test
    void aNewVersionOfAShippedSheetReplacesItForItsGroups() {
        String json = VALID.replace(
                "\"id\": \"IMPORT-TEST\", \"version\": 1", "\"id\": \"QD1048-FOOD-SAMPLE\", \"version\": 2");
        CriteriaSheet imported = CriteriaSheetReader.validatingAgainst(CATALOG).read(json(json), "upload.json");

        CriteriaCatalog updated = CATALOG.withSheet(imported);

        assertThat(updated.sheetFor("QD1048_2019", "FOOD_TEA"))
                .map(CriteriaSheet::reference)
                .contains("QD1048-FOOD-SAMPLE v2");
        assertThat(updated.sheetFor("QD1048_2019", "FOOD_FRESH"))
                .map(CriteriaSheet::reference)
                .contains("QD1048-FOOD-SAMPLE v1");
        assertThat(CATALOG.sheetFor("QD1048_2019", "FOOD_TEA"))
                .map(CriteriaSheet::reference)
                .contains("QD1048-FOOD-SAMPLE v1");
    }

    @Test
    void refusesToImportTheSameSheetVersionTwice() {
        String json = VALID.replace("\"id\": \"IMPORT-TEST\"", "\"id\": \"QD1048-FOOD-SAMPLE\"");

        assertThatThrownBy(() -> CriteriaSheetReader.validatingAgainst(CATALOG).read(json(json), "upload.json"))
                .isInstanceOfSatisfying(
                        SheetRejected.class,
                        e -> assertThat(e.problems())
                                .extracting(SheetProblem::kind)
                                .containsExactly(DUPLICATE_SHEET_VERSION));
    }

    private List<SheetProblem> problems(String json) {
        try {
            reader.read(json(json), "upload.json");
        } catch (SheetRejected e) {
            assertThat(e.sheet()).isEqualTo("upload.json");
            return e.problems();
        }
        throw new AssertionError("the sheet was accepted");
    }

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
