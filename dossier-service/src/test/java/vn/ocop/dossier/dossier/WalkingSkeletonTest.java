package vn.ocop.dossier.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.platform.test.EventLog.assertContract;
import static vn.ocop.platform.test.EventLog.awaitEvents;
import static vn.ocop.platform.test.EventLog.text;
import static vn.ocop.platform.test.TestInfrastructure.header;

import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.ocop.dossier.support.DossierServiceTestBase;

class WalkingSkeletonTest extends DossierServiceTestBase {

    @Test
    void submittingADraftEmitsSubmittedKeyedByDossierWithCloudEventsHeaders() {
        String round = newRound(LocalDate.of(2020, 4, 10));
        String id = submittedDraft(round);

        List<ConsumerRecord<String, byte[]>> events = awaitEvents(DOSSIER_TOPIC, id, "vn.ocop.dossier.submitted.v1");
        ConsumerRecord<String, byte[]> submitted = events.get(0);
        assertThat(submitted.key()).isEqualTo(id);
        assertThat(header(submitted, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(submitted, "ce_source")).isEqualTo("/ocop/dossier-service");
        assertThat(header(submitted, "ce_subject")).isEqualTo(id);
        assertThat(header(submitted, "ce_id")).isNotBlank();
        assertThat(header(submitted, "content-type")).isEqualTo("application/json");
        assertContract(submitted);

        JsonNode body = JSON.readTree(text(submitted));
        assertThat(body.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(body.get("resubmission").asBoolean()).isFalse();
        assertThat(body.get("districtCode").asString()).isEqualTo("533");
        assertThat(body.get("districtName").asString()).isEqualTo("Huyện Mộ Đức");
        assertThat(body.get("communeCode").asString()).isEqualTo("21403");
        assertThat(body.get("sector").asString()).isEqualTo("FOOD");
        assertThat(body.get("actor").asString()).isEqualTo("producer.mo-duc");
        assertThat(body.get("version").asLong())
                .isEqualTo(dossier(id).get("version").asLong());
    }
}
