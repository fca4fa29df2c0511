package vn.ocop.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderValidationTest {

    private static final String SUBMITTED = "vn.ocop.dossier.submitted.v1";
    private static final String DOSSIER_ID = "dos-2020-536-0007";

    private final ContractValidator contracts = ContractValidator.load();

    private static Map<String, String> headers() {
        Map<String, String> headers = new HashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", "0b6f3c1e-8a2d-4e5f-9b7c-3d2e1f0a9b8c");
        headers.put("ce_type", SUBMITTED);
        headers.put("ce_source", "/ocop/dossier-service");
        headers.put("ce_time", "2020-03-16T01:45:00Z");
        headers.put("ce_subject", DOSSIER_ID);
        headers.put("content-type", "application/json");
        headers.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        return headers;
    }

    @Test
    void acceptsCompleteBinaryModeHeaders() {
        assertThat(contracts.validateHeaders(headers())).isEmpty();
    }

    @Test
    void acceptsRecordWithoutTraceparentBecauseNotEveryChangeIsTraced() {
        Map<String, String> headers = headers();
        headers.remove("traceparent");

        assertThat(contracts.validateHeaders(headers)).isEmpty();
    }

    @Test
    void refusesMissingEventIdBecauseConsumersDeduplicateOnIt() {
        Map<String, String> headers = headers();
        headers.remove("ce_id");

        assertThat(contracts.validateHeaders(headers))
                .singleElement()
                .asString()
                .startsWith("ce_id: ")
                .contains("required");
    }

    @Test
    void refusesEventIdThatIsNotAUuid() {
        Map<String, String> headers = headers();
        headers.put("ce_id", "event-42");

        assertThat(contracts.validateHeaders(headers))
                .singleElement()
                .asString()
                .startsWith("ce_id: ");
    }

    @Test
    void refusesOtherSpecVersion() {
        Map<String, String> headers = headers();
        headers.put("ce_specversion", "0.3");

        assertThat(contracts.validateHeaders(headers))
                .singleElement()
                .asString()
                .startsWith("ce_specversion: ");
    }

    @Test
    void refusesTimeOutsideUtc() {
        Map<String, String> headers = headers();
        headers.put("ce_time", "2020-03-16T08:45:00+07:00");

        assertThat(contracts.validateHeaders(headers))
                .singleElement()
                .asString()
                .startsWith("ce_time: ");
    }

    @Test
    void refusesContentTypeOtherThanJson() {
        Map<String, String> headers = headers();
        headers.put("content-type", "application/cloudevents+json");

        assertThat(contracts.validateHeaders(headers))
                .singleElement()
                .asString()
                .startsWith("content-type: ");
    }

    @Test
    void refusesUnknownEventType() {
        Map<String, String> headers = headers();
        headers.put("ce_type", "vn.ocop.dossier.approved.v1");

        assertThat(contracts.validateHeaders(headers))
                .singleElement()
                .asString()
                .startsWith("ce_type: ")
                .contains("unknown");
    }

    @Test
    void refusesSourceThatDoesNotOwnTheEventType() {
        Map<String, String> headers = headers();
        headers.put("ce_source", "/ocop/evaluation-service");

        assertThat(contracts.validateHeaders(headers))
                .singleElement()
                .asString()
                .startsWith("ce_source: ")
                .contains("/ocop/dossier-service");
    }

    @Test
    void acceptsWholeRecordWhoseSubjectIsTheAggregateId() {
        assertThat(contracts.validateEvent(headers(), ContractExamples.body(SUBMITTED)))
                .isEmpty();
    }

    @Test
    void refusesRecordWhoseSubjectIsNotTheAggregateId() {
        Map<String, String> headers = headers();
        headers.put("ce_subject", "dos-2020-533-0012");

        assertThat(contracts.validateEvent(headers, ContractExamples.body(SUBMITTED)))
                .singleElement()
                .asString()
                .startsWith("ce_subject: ")
                .contains("dossierId");
    }

    @Test
    void usesRoundIdAsSubjectOfRoundEvents() {
        Map<String, String> headers = headers();
        headers.put("ce_type", "vn.ocop.dossier.round-scheduled.v1");
        headers.put("ce_subject", "round-2020-1");

        assertThat(contracts.validateEvent(headers, ContractExamples.body("vn.ocop.dossier.round-scheduled.v1")))
                .isEmpty();
    }

    @Test
    void reportsBodyProblemsOfAWholeRecord() {
        String body = ContractExamples.body(SUBMITTED).replace("\"districtCode\": \"536\"", "\"districtCode\": \"53\"");

        assertThat(contracts.validateEvent(headers(), body))
                .singleElement()
                .asString()
                .startsWith("districtCode: ");
    }
}
