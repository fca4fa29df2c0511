package vn.ocop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.ocop.evaluation.support.EvaluationServiceTestBase;

/** Saves the API description for the docs and checks that every endpoint is described with a summary. */
class OpenApiDocumentTest extends EvaluationServiceTestBase {

    @Test
    void savesApiDocsWithASummaryForEveryOperation() throws IOException {
        HttpResponse<String> r = api().get("/v3/api-docs").send();
        assertThat(r.statusCode()).isEqualTo(200);
        Files.writeString(Path.of("target/openapi.json"), r.body(), StandardCharsets.UTF_8);

        JsonNode paths = json(r).get("paths");
        assertThat(paths.propertyNames())
                .contains(
                        "/api/v1/criteria-sheets",
                        "/api/v1/criteria-sheets/{id}",
                        "/api/v1/criteria-sheets/import",
                        "/api/v1/councils",
                        "/api/v1/councils/{id}",
                        "/api/v1/evaluations",
                        "/api/v1/evaluations/{id}",
                        "/api/v1/evaluations/{id}/assign",
                        "/api/v1/evaluations/{id}/preliminary-score",
                        "/api/v1/evaluations/{id}/audit",
                        "/api/v1/evaluations/{id}/score-sheets",
                        "/api/v1/evaluations/{id}/score-sheets/me",
                        "/api/v1/evaluations/{id}/finalise",
                        "/api/v1/recognition-decisions");
        paths.properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(op -> assertThat(op.getValue().path("summary").asString())
                                .as(op.getKey() + " " + path.getKey())
                                .isNotBlank()));
    }
}
