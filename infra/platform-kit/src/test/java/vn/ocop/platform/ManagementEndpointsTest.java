package vn.ocop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import vn.ocop.platform.test.Api;

class ManagementEndpointsTest extends KitTestBase {

    @LocalManagementPort
    int managementPort;

    @Test
    void managementPortIsSeparateFromTheApiPort() {
        assertThat(managementPort).isNotEqualTo(port);
    }

    @Test
    void healthProbesAndMetricsAnswerWithoutATokenOnTheManagementPort() {
        Api management = Api.at(managementPort);
        HttpResponse<String> readiness =
                management.get("/actuator/health/readiness").send();
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
        assertThat(management.get("/actuator/health/liveness").send().statusCode())
                .isEqualTo(200);
        assertThat(management.get("/actuator/prometheus").send().body()).contains("ocop_outbox_backlog");
        assertThat(management.get("/actuator/info").send().statusCode()).isEqualTo(200);
    }

    @Test
    void rootHealthIsUpOnTheEmbeddedStoreWithTheKitsStoreIndicatorInIt() {
        HttpResponse<String> health =
                Api.at(managementPort).get("/actuator/health").send();
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        var root = tools.jackson.databind.json.JsonMapper.builder().build().readTree(health.body());
        assertThat(root.path("status").asString()).isEqualTo("UP");
        assertThat(root.path("components").path("store").path("status").asString())
                .isEqualTo("UP");
        assertThat(root.path("components").has("mongo")
                        || root.path("components").has("mongodb"))
                .as("Boot's hello-based indicator is off")
                .isFalse();
    }

    @Test
    void sensitiveActuatorEndpointsDoNotExist() {
        Api management = Api.at(managementPort);
        for (String path : new String[] {
            "/actuator/env",
            "/actuator/heapdump",
            "/actuator/threaddump",
            "/actuator/beans",
            "/actuator/configprops",
            "/actuator/loggers",
            "/actuator/mappings",
            "/actuator/shutdown"
        }) {
            assertThat(management.get(path).as("operator").send().statusCode())
                    .as(path)
                    .isEqualTo(404);
            assertThat(api().get(path).as("operator").send().statusCode())
                    .as("API port " + path)
                    .isEqualTo(404);
        }
    }

    @Test
    void actuatorIsNotServedOnTheApiPort() {
        assertThat(api().get("/actuator/health").as("operator").send().statusCode())
                .isEqualTo(404);
    }
}
