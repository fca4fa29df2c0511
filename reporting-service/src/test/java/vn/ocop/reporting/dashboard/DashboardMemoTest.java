package vn.ocop.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.reporting.support.Events.dossier;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.ocop.reporting.support.ReportingTestBase;

/**
 * GET /api/v1/dashboard is remembered per scope: reused while no change was applied and younger than
 * ocop.reporting.dashboard-max-age (PT5M), recomputed after either (changes on other instances and the province's
 * date: DashboardGenerationTest).
 */
class DashboardMemoTest extends ReportingTestBase {

    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    @Test
    void aSecondRequestWithoutAChangeGetsTheRememberedDashboardUntilTheMaxAge() {
        AtomicReference<Instant> at = new AtomicReference<>(START.plus(Duration.ofDays(1)));
        // other tests' events may still be applied meanwhile (each one rightly forces a recomputation): try again
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Instant t = at.updateAndGet(previous -> previous.plus(Duration.ofMinutes(10)));
            clock.set(t);
            Instant first = generatedAt(getOk("/api/v1/dashboard", "province.officer"));
            clock.set(t.plus(MAX_AGE).minusSeconds(1));
            Instant second = generatedAt(getOk("/api/v1/dashboard", "province.officer"));
            clock.set(t.plus(MAX_AGE));
            Instant third = generatedAt(getOk("/api/v1/dashboard", "province.officer"));

            assertThat(first).isEqualTo(t);
            assertThat(second).as("remembered").isEqualTo(t);
            assertThat(third)
                    .as("past the max age: the remembered one while it is recomputed")
                    .isEqualTo(t);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> t.plus(MAX_AGE).equals(generatedAt(getOk("/api/v1/dashboard", "province.officer"))));
        });
    }

    @Test
    void theNextRequestAfterAnAppliedEventShowsTheChange() {
        Instant t = START.plus(Duration.ofDays(2));
        clock.set(t); // pinned: the remembered dashboard never grows old, only a change can replace it
        String round = unique("round-2042");
        String dashboard = "/api/v1/dashboard?roundId=" + round;
        JsonNode before = getOk(dashboard, "province.officer");
        assertThat(before.get("funnel").get("byStatus").get("SUBMITTED").asInt())
                .isZero();
        assertThat(getOk("/api/v1/dashboard?roundId=" + round, "district.mo-duc")
                        .get("funnel")
                        .get("total")
                        .asInt())
                .isZero();

        dossier(
                "submitted",
                unique("dos-memo"),
                2,
                round,
                2042,
                "Mạch nha Mộ Đức",
                "533",
                "Huyện Mộ Đức",
                "21436",
                "Xã Đức Lân",
                "2042-03-16T01:45:00Z");

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(getOk(dashboard, "province.officer")
                                .get("funnel")
                                .get("byStatus")
                                .get("SUBMITTED")
                                .asInt())
                        .isEqualTo(1));
        JsonNode after = getOk(dashboard, "province.officer");
        assertThat(after.get("funnel").get("total").asInt()).isEqualTo(1);
        assertThat(generatedAt(after)).isEqualTo(t);
        // the district officer's own scope was remembered too, and is replaced by the same change
        assertThat(getOk(dashboard, "district.mo-duc")
                        .get("funnel")
                        .get("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(after.get("health"))
                .as("the health panel is attached to every answer")
                .isNotNull();
    }

    private static Instant generatedAt(JsonNode dashboard) {
        return Instant.parse(dashboard.get("generatedAt").asString());
    }
}
