package vn.ocop.evaluation.criteria.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ocop.evaluation.criteria.AnswerOption;
import vn.ocop.evaluation.criteria.CriteriaCatalog;
import vn.ocop.evaluation.criteria.CriteriaSheet;
import vn.ocop.evaluation.criteria.Criterion;
import vn.ocop.evaluation.criteria.GradingLevel;
import vn.ocop.evaluation.criteria.LegalBasis;
import vn.ocop.evaluation.criteria.LocalizedText;
import vn.ocop.evaluation.criteria.PartCode;
import vn.ocop.evaluation.criteria.ProductClassification;
import vn.ocop.evaluation.criteria.Sector;
import vn.ocop.evaluation.criteria.SheetValidator;

class ClasspathCriteriaCatalogTest {

    private static final Path SHEETS_DIR = Path.of("src/main/resources/criteria/sheets");

    private final CriteriaCatalog catalog = ClasspathCriteriaCatalog.load();

    @Test
    void everyShippedSheetFileIsListedInTheCatalogIndex() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(SHEETS_DIR)) {
            onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .sorted()
                    .toList();
        }
        assertThat(onDisk).hasSize(7);
        assertThat(catalog.sheets()).hasSameSizeAs(onDisk);
    }

    @Test
    void everyShippedSheetValidatesAgainstItsLegalBasis() {
        SheetValidator validator = new SheetValidator(catalog.legalBases());
        for (CriteriaSheet sheet : catalog.sheets()) {
            assertThat(validator.problemsOf(sheet)).as(sheet.reference()).isEmpty();
            LegalBasis basis = catalog.legalBases().require(sheet.legalBasis());
            for (PartCode part : PartCode.values()) {
                assertThat(sheet.part(part).orElseThrow().bestPoints())
                        .as(sheet.reference() + " " + part)
                        .isEqualByComparingTo(basis.partMaximum(part));
            }
        }
    }

    @Test
    void everyShippedSheetIsLabelledAsSampleContent() {
        assertThat(catalog.sheets()).allSatisfy(sheet -> {
            assertThat(sheet.sample()).isTrue();
            assertThat(sheet.title().vi()).contains("MẪU").contains("Phụ lục III");
            assertThat(sheet.title().en()).contains("SAMPLE").contains("Annex III");
        });
    }

    @Test
    void everyShippedTextHasAnEnglishTranslation() {
        for (CriteriaSheet sheet : catalog.sheets()) {
            for (Criterion criterion : sheet.criteria().toList()) {
                assertTranslated(criterion.text(), sheet.id() + " " + criterion.code());
                for (AnswerOption option : criterion.options()) {
                    assertTranslated(option.text(), sheet.id() + " " + criterion.code() + "/" + option.code());
                }
            }
        }
    }

    @Test
    void shippedFilesAreStoredNfcNormalised() throws IOException {
        try (Stream<Path> files = Files.walk(SHEETS_DIR.getParent())) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                assertThat(Normalizer.isNormalized(Files.readString(file), Normalizer.Form.NFC))
                        .as(file.toString())
                        .isTrue();
            }
        }
    }

    @Test
    void shipsOneSheetForEachOf1048sSixSectorsCoveringEverySubGroup() {
        ProductClassification classification =
                catalog.classification("QD1048_2019").orElseThrow();

        assertThat(classification.sectors())
                .extracting(Sector::code)
                .containsExactly("FOOD", "BEVERAGES", "HERBAL", "TEXTILES", "SOUVENIRS", "TOURISM");
        assertThat(classification.groups())
                .hasSize(15)
                .allSatisfy(group -> assertThat(catalog.sheetFor("QD1048_2019", group.code()))
                        .as(group.code())
                        .isPresent());
        assertThat(classification.sectors())
                .allSatisfy(sector -> assertThat(sector.groups().stream()
                                .map(g -> catalog.sheetFor("QD1048_2019", g.code())
                                        .orElseThrow()
                                        .id())
                                .distinct())
                        .as(sector.code())
                        .hasSize(1));
    }

    @Test
    void decision148HasSixGroupsAndOneSampleSheetForProcessedFood() {
        ProductClassification classification =
                catalog.classification("QD148_2023").orElseThrow();

        assertThat(classification.sectors())
                .extracting(Sector::code)
                .containsExactly("FOOD", "BEVERAGES", "HERBS", "HANDICRAFTS", "ORNAMENTALS", "TOURISM");
        assertThat(catalog.sheetFor("QD148_2023", "FOOD_PROCESSED"))
                .map(CriteriaSheet::id)
                .contains("QD148-FOOD-PROCESSED-SAMPLE");
        assertThat(catalog.sheetFor("QD148_2023", "ORNAMENTAL_FLOWERS")).isEmpty();
    }

    @Test
    void theAmendmentOf2025Keeps148sSheetsAndGroups() {
        assertThat(catalog.sheetFor("QD148_1489_2025", "FOOD_PROCESSED"))
                .map(CriteriaSheet::id)
                .contains("QD148-FOOD-PROCESSED-SAMPLE");
        assertThat(catalog.classification("QD148_1489_2025")).isEqualTo(catalog.classification("QD148_2023"));
    }

    @Test
    void foodSafetyCertificateIsMandatoryFor3StarsOnTheFoodSheet() {
        Criterion foodSafety = catalog.sheetFor("QD1048_2019", "FOOD_PROCESSED")
                .orElseThrow()
                .criterion("C2.1")
                .orElseThrow();

        assertThat(foodSafety.mandatory()).isTrue();
        assertThat(foodSafety.guardsStars()).isEqualTo(3);
        assertThat(foodSafety.options())
                .filteredOn(AnswerOption::failsMandatory)
                .hasSize(1);
    }

    @Test
    void everyShippedSheetHasSomeMandatoryCriteria() {
        assertThat(catalog.sheets())
                .allSatisfy(sheet -> assertThat(sheet.criteria().filter(Criterion::mandatory))
                        .as(sheet.id())
                        .isNotEmpty());
    }

    @Test
    void legalBasesCarryTheirPartMaximaThresholdsAndRecognitionLevels() {
        LegalBasis qd1048 = catalog.legalBases().require("QD1048_2019");
        LegalBasis qd148 = catalog.legalBases().require("QD148_2023");
        LegalBasis qd1489 = catalog.legalBases().require("QD148_1489_2025");

        assertThat(List.of(
                        qd1048.partMaximum(PartCode.A), qd1048.partMaximum(PartCode.B), qd1048.partMaximum(PartCode.C)))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(bd(35), bd(25), bd(40));
        assertThat(List.of(qd148.partMaximum(PartCode.A), qd148.partMaximum(PartCode.B), qd148.partMaximum(PartCode.C)))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(bd(40), bd(25), bd(35));
        assertThat(qd1048.forwardThreshold()).isEqualByComparingTo("50");
        assertThat(qd148.forwardThreshold()).isEqualByComparingTo("70");
        assertThat(qd1048.recognisedAt(3)).contains(GradingLevel.PROVINCE);
        assertThat(qd1048.recognisedAt(4)).contains(GradingLevel.PROVINCE);
        assertThat(qd1048.recognisedAt(5)).contains(GradingLevel.CENTRAL);
        assertThat(qd148.recognisedAt(3)).contains(GradingLevel.DISTRICT);
        assertThat(qd148.recognisedAt(4)).contains(GradingLevel.PROVINCE);
        assertThat(qd1489.firstLevel()).isEqualTo(GradingLevel.COMMUNE);
        assertThat(qd1489.recognisedAt(3)).contains(GradingLevel.PROVINCE);
        assertThat(qd1489.recognisedAt(2)).isEmpty();
        assertThat(Set.of(qd1048, qd148, qd1489)).allSatisfy(b -> {
            assertThat(b.totalMaximum()).isEqualByComparingTo("100");
            assertThat(b.fiveStarProposal()).isEqualByComparingTo("90");
            assertThat(b.certificateTerms().validityMonths()).isEqualTo(36);
        });
    }

    @Test
    void findsTheLegalBasisInForceOnADateWithInclusiveEdges() {
        assertThat(catalog.legalBases().inForceOn(LocalDate.of(2019, 8, 20))).isEmpty();
        assertThat(codeOn(LocalDate.of(2019, 8, 21))).isEqualTo("QD1048_2019");
        assertThat(codeOn(LocalDate.of(2020, 3, 5))).isEqualTo("QD1048_2019");
        assertThat(codeOn(LocalDate.of(2023, 2, 23))).isEqualTo("QD1048_2019");
        assertThat(codeOn(LocalDate.of(2023, 2, 24))).isEqualTo("QD148_2023");
        assertThat(codeOn(LocalDate.of(2025, 7, 5))).isEqualTo("QD148_2023");
        assertThat(codeOn(LocalDate.of(2025, 7, 6))).isEqualTo("QD148_1489_2025");
        assertThat(codeOn(LocalDate.of(2031, 1, 1))).isEqualTo("QD148_1489_2025");
    }

    @Test
    void readsLegalBasesFromAStream() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/criteria/legal-bases.json")) {
            assertThat(ClasspathCriteriaCatalog.legalBases(in).all()).hasSize(3);
        }
    }

    private String codeOn(LocalDate day) {
        return catalog.legalBases().inForceOn(day).orElseThrow().code();
    }

    private static BigDecimal bd(int value) {
        return BigDecimal.valueOf(value);
    }

    private static void assertTranslated(LocalizedText text, String where) {
        assertThat(text.en()).as(where).isNotBlank();
    }
}
