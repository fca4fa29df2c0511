package vn.ocop.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class EventBodyValidationTest {

    private static final String SUBMITTED = "vn.ocop.dossier.submitted.v1";
    private static final String DISTRICT_GRADED = "vn.ocop.evaluation.district-graded.v1";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final ContractValidator contracts = ContractValidator.load();

    static Stream<String> exampleTypes() {
        return ContractExamples.types().stream();
    }

    @ParameterizedTest
    @MethodSource("exampleTypes")
    void everyExampleSatisfiesItsSchema(String ceType) {
        assertThat(contracts.validate(ceType, ContractExamples.body(ceType))).isEmpty();
    }

    @Test
    void everyEventTypeHasAnExampleAndEveryExampleHasASchema() {
        assertThat(ContractExamples.types()).isEqualTo(contracts.knownTypes());
    }

    @Test
    void refusesBodyMissingARequiredFieldAndNamesIt() {
        String body = mutate(SUBMITTED, node -> node.remove("dossierId"));

        assertThat(contracts.validate(SUBMITTED, body))
                .singleElement()
                .asString()
                .startsWith("dossierId: ")
                .contains("required");
    }

    @Test
    void refusesMissingFieldDeclaredOnlyByTheEventItself() {
        String body = mutate(SUBMITTED, node -> node.remove("resubmission"));

        assertThat(contracts.validate(SUBMITTED, body))
                .singleElement()
                .asString()
                .startsWith("resubmission: ");
    }

    @Test
    void refusesFieldOfTheWrongType() {
        String body = mutate(SUBMITTED, node -> node.put("version", "2"));

        assertThat(contracts.validate(SUBMITTED, body))
                .singleElement()
                .asString()
                .startsWith("version: ")
                .contains("string found, integer expected");
    }

    @Test
    void refusesSixStars() {
        String body = mutate(DISTRICT_GRADED, node -> node.put("stars", 6));

        assertThat(contracts.validate(DISTRICT_GRADED, body))
                .singleElement()
                .asString()
                .startsWith("stars: ")
                .contains("maximum value of 5");
    }

    @Test
    void refusesDistrictCodeThatIsNotThreeDigits() {
        String body = mutate(SUBMITTED, node -> node.put("districtCode", "5360"));

        assertThat(contracts.validate(SUBMITTED, body))
                .singleElement()
                .asString()
                .startsWith("districtCode: ")
                .contains("pattern");
    }

    @Test
    void acceptsNullCommuneForProducersDirectlyUnderTheDistrict() {
        String body = mutate(SUBMITTED, node -> node.putNull("communeCode").putNull("communeName"));

        assertThat(contracts.validate(SUBMITTED, body)).isEmpty();
    }

    @Test
    void refusesCommuneCodeThatIsNotFiveDigits() {
        String body = mutate(SUBMITTED, node -> node.put("communeCode", "2143"));

        assertThat(contracts.validate(SUBMITTED, body))
                .singleElement()
                .asString()
                .startsWith("communeCode: ");
    }

    @Test
    void refusesProvinceCodeOtherThanTwoDigits() {
        String body = mutate(SUBMITTED, node -> node.put("provinceCode", "051"));

        assertThat(contracts.validate(SUBMITTED, body))
                .singleElement()
                .asString()
                .startsWith("provinceCode: ");
    }

    @Test
    void refusesScoreWithMoreThanTwoDecimalsButKeepsTwo() {
        assertThat(contracts.validate(DISTRICT_GRADED, mutate(DISTRICT_GRADED, node -> node.put("score", 68.41))))
                .isEmpty();
        assertThat(contracts.validate(DISTRICT_GRADED, mutate(DISTRICT_GRADED, node -> node.put("score", 68.413))))
                .singleElement()
                .asString()
                .startsWith("score: ");
    }

    @Test
    void refusesScoreAboveOneHundred() {
        String body = mutate(DISTRICT_GRADED, node -> node.put("score", 100.5));

        assertThat(contracts.validate(DISTRICT_GRADED, body))
                .singleElement()
                .asString()
                .startsWith("score: ");
    }

    @Test
    void refusesMemberTotalOutsideTheScoreRangeAndNamesItsPosition() {
        String body =
                mutate(DISTRICT_GRADED, node -> node.withArray("memberTotals").set(1, -3));

        assertThat(contracts.validate(DISTRICT_GRADED, body))
                .singleElement()
                .asString()
                .startsWith("memberTotals[1]: ");
    }

    @Test
    void refusesVersionZero() {
        String body = mutate(SUBMITTED, node -> node.put("version", 0));

        assertThat(contracts.validate(SUBMITTED, body))
                .singleElement()
                .asString()
                .startsWith("version: ");
    }

    @Test
    void refusesUnknownLegalBasis() {
        String body = mutate(SUBMITTED, node -> node.put("legalBasis", "QD490_2018"));

        assertThat(contracts.validate(SUBMITTED, body))
                .singleElement()
                .asString()
                .startsWith("legalBasis: ")
                .contains("enumeration");
    }

    @Test
    void refusesStatusThatTheEventCannotLeaveBehind() {
        String body = mutate(SUBMITTED, node -> node.put("status", "ACCEPTED"));

        assertThat(contracts.validate(SUBMITTED, body))
                .singleElement()
                .asString()
                .startsWith("status: ");
    }

    @Test
    void refusesInstantWithALocalOffsetBecauseInstantsTravelInUtc() {
        String body = mutate(SUBMITTED, node -> node.put("occurredAt", "2020-03-16T08:45:00+07:00"));

        assertThat(contracts.validate(SUBMITTED, body))
                .singleElement()
                .asString()
                .startsWith("occurredAt: ");
    }

    @Test
    void refusesImpossibleCalendarDate() {
        String type = "vn.ocop.dossier.forwarded.v1";
        String body = mutate(type, node -> node.put("districtDeadline", "2020-02-30"));

        assertThat(contracts.validate(type, body)).singleElement().asString().startsWith("districtDeadline: ");
    }

    @Test
    void refusesPhoneNumberOrEmailAsActor() {
        assertThat(contracts.validate(SUBMITTED, mutate(SUBMITTED, node -> node.put("actor", "0912345678"))))
                .singleElement()
                .asString()
                .startsWith("actor: ");
        assertThat(contracts.validate(
                        SUBMITTED, mutate(SUBMITTED, node -> node.put("actor", "can.bo@quangngai.gov.vn"))))
                .singleElement()
                .asString()
                .startsWith("actor: ");
    }

    @Test
    void refusesContactAddressInPlaceOfContactId() {
        String type = "vn.ocop.notification.delivered.v1";
        String body = mutate(type, node -> node.put("contactId", "+84912345678"));

        assertThat(contracts.validate(type, body)).singleElement().asString().startsWith("contactId: ");
    }

    @Test
    void refusesReturnWithoutReasons() {
        String type = "vn.ocop.dossier.returned.v1";
        String body = mutate(type, node -> node.putArray("reasons"));

        assertThat(contracts.validate(type, body)).singleElement().asString().startsWith("reasons: ");
    }

    @Test
    void refusesCertificateBelowThreeStars() {
        String type = "vn.ocop.evaluation.product-recognized.v1";
        String body = mutate(type, node -> node.put("stars", 2));

        assertThat(contracts.validate(type, body)).singleElement().asString().startsWith("stars: ");
    }

    @Test
    void refusesFiveStarProposalBelowNinety() {
        String type = "vn.ocop.evaluation.five-star-proposed.v1";
        String body = mutate(type, node -> node.put("score", 89.99));

        assertThat(contracts.validate(type, body)).singleElement().asString().startsWith("score: ");
    }

    @Test
    void refusesPeriodIdThatIsNotAHalfYear() {
        String type = "vn.ocop.reporting.period-scheduled.v1";
        String body = mutate(type, node -> node.put("periodId", "2020-Q2"));

        assertThat(contracts.validate(type, body)).singleElement().asString().startsWith("periodId: ");
    }

    @Test
    void ignoresUnknownFieldsSoProducersMayAddOptionalOnes() {
        String body = mutate(SUBMITTED, node -> node.put("channelOfSubmission", "PORTAL"));

        assertThat(contracts.validate(SUBMITTED, body)).isEmpty();
    }

    @Test
    void reportsEveryProblemOfOneBody() {
        String body = mutate(DISTRICT_GRADED, node -> {
            node.put("stars", 0);
            node.remove("councilId");
        });

        assertThat(contracts.validate(DISTRICT_GRADED, body))
                .hasSize(2)
                .anySatisfy(message -> assertThat(message).startsWith("stars: "))
                .anySatisfy(message -> assertThat(message).startsWith("councilId: "));
    }

    @Test
    void refusesUnknownEventType() {
        assertThat(contracts.validate("vn.ocop.dossier.submitted.v9", "{}"))
                .singleElement()
                .asString()
                .startsWith("ce_type: ")
                .contains("unknown");
    }

    @Test
    void refusesBodyThatIsNotJson() {
        assertThat(contracts.validate(SUBMITTED, "{\"dossierId\": "))
                .singleElement()
                .asString()
                .startsWith("(body): not valid JSON");
    }

    @Test
    void refusesBodyThatIsNotAnObject() {
        assertThat(contracts.validate(SUBMITTED, "[]"))
                .singleElement()
                .asString()
                .startsWith("(body): ");
    }

    private static String mutate(String ceType, Consumer<ObjectNode> change) {
        ObjectNode node = (ObjectNode) JSON.readTree(ContractExamples.body(ceType));
        change.accept(node);
        return JSON.writeValueAsString(node);
    }
}
