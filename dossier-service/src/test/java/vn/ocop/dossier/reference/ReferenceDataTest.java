package vn.ocop.dossier.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ocop.dossier.common.DossierRefusal.UnknownReference;
import vn.ocop.dossier.reference.config.ReferenceDataConfiguration;

class ReferenceDataTest {

    private final ReferenceData data = load();

    private static ReferenceData load() {
        try {
            Method m = ReferenceDataConfiguration.class.getDeclaredMethod("referenceData");
            m.setAccessible(true);
            return (ReferenceData) m.invoke(new ReferenceDataConfiguration());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void lySonProducersNeedNoCommuneOthersDo() {
        Location lySon = data.units().locate("536", null);
        assertThat(lySon.communeCode()).isNull();
        assertThat(lySon.districtName()).isEqualTo("Huyện Lý Sơn");
        assertThatThrownBy(() -> data.units().locate("533", null))
                .isInstanceOf(UnknownReference.class)
                .extracting(e -> ((UnknownReference) e).field())
                .isEqualTo("communeCode");
    }

    @Test
    void aCommuneMustBelongToTheDistrict() {
        assertThat(data.units().locate(null, "21403").districtCode()).isEqualTo("533");
        assertThatThrownBy(() -> data.units().locate("533", "21487")).isInstanceOf(UnknownReference.class);
        assertThatThrownBy(() -> data.units().locate("999", "21487")).isInstanceOf(UnknownReference.class);
    }

    @Test
    void legalBasisIsChosenByDateWithItsForwardThreshold() {
        assertThat(data.legalBases().inForceOn(LocalDate.of(2020, 4, 10)).code())
                .isEqualTo("QD1048_2019");
        assertThat(data.legalBases().inForceOn(LocalDate.of(2023, 2, 24)).code())
                .isEqualTo("QD148_2023");
        assertThat(data.legalBases().inForceOn(LocalDate.of(2025, 7, 6)).code()).isEqualTo("QD148_1489_2025");
        assertThat(data.legalBases().find("QD1048_2019").forwardThreshold())
                .isEqualByComparingTo(BigDecimal.valueOf(50));
        assertThat(data.legalBases().find("QD148_2023").forwardThreshold())
                .isEqualByComparingTo(BigDecimal.valueOf(70));
    }

    @Test
    void checklistDependsOnSectorFoodNeedsSafetyPapersTourismNoSamples() {
        assertThat(data.checklists()
                        .checklistFor("QD1048_2019", "FOOD", "FOOD_FRESH")
                        .required())
                .contains("FOOD_SAFETY_CERTIFICATE", "TEST_REPORT", "PRODUCT_SAMPLES");
        assertThat(data.checklists()
                        .checklistFor("QD1048_2019", "TOURISM", "TOURISM_RURAL_SERVICES")
                        .required())
                .doesNotContain("PRODUCT_SAMPLES", "FOOD_SAFETY_CERTIFICATE");
        assertThat(data.checklists()
                        .checklistFor("QD1048_2019", "HERBAL", "HERBAL_OTHER")
                        .required())
                .containsExactly(
                        "REGISTRATION_FORM",
                        "BUSINESS_PLAN",
                        "PRODUCER_DESCRIPTION",
                        "BUSINESS_REGISTRATION",
                        "PRODUCT_SAMPLES");
        data.checklists()
                .checklists()
                .forEach(c -> c.required()
                        .forEach(code -> assertThat(data.checklists().documentType(code))
                                .as(code)
                                .isPresent()));
    }

    @Test
    void productGroupBelongsToALegalBasis() {
        assertThat(data.classifications().sectorOf("QD1048_2019", "FOOD_FRESH")).isEqualTo("FOOD");
        assertThatThrownBy(() -> data.classifications().sectorOf("QD1048_2019", "ORNAMENTAL_FLOWERS"))
                .isInstanceOf(UnknownReference.class);
    }
}
