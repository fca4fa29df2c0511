package vn.ocop.reporting.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.reporting.support.Events.evaluation;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.ocop.reporting.support.ReportingTestBase;
import vn.ocop.reporting.views.application.CatalogueIndex;
import vn.ocop.reporting.views.application.CatalogueRefresher;
import vn.ocop.reporting.views.persistence.CatalogueStore;

/**
 * The catalogue is served from memory, yet a recognition consumed by the service shows in it, an expiry removes it,
 * and another instance (here a second index on the same store, which applied nothing itself and whose max age is
 * far away) follows through the version the first one's projection moved.
 */
class CatalogueFreshnessTest extends ReportingTestBase {

    private static final CatalogueFilter YEAR_2037 = new CatalogueFilter(null, null, null, null, 2037, null);

    @Autowired
    CatalogueStore catalogue;

    @Test
    void aRecognitionShowsAnExpiryRemovesItAndAnotherInstanceFollows() {
        CatalogueIndex other = new CatalogueIndex(catalogue, Duration.ofHours(1), System::nanoTime);
        try (CatalogueRefresher refresher = new CatalogueRefresher(other, Duration.ofMillis(100))) {
            refresher.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> other.version() >= 0);
            assertThat(other.page(YEAR_2037, 0, 10).total()).isZero();
            long before = catalogue.version();

            String round = unique("round-2037");
            String id = unique("dos-fresh");
            String name = "Bánh tráng Bình Sơn " + id;
            evaluation("product-recognized", id, 2, round, name, "524", null, 5, "2037-05-29");

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                JsonNode page = getOk("/api/v1/catalogue?year=2037", "province.officer");
                assertThat(page.get("total").asInt()).isEqualTo(1);
                assertThat(page.get("items").get(0).get("dossierId").asString()).isEqualTo(id);
                assertThat(page.get("items").get(0).get("stars").asInt()).isEqualTo(5);
            });
            assertThat(getOk("/api/v1/public/catalogue?year=2037&q=banh+trang", "operator")
                            .get("items")
                            .get(0)
                            .get("productName")
                            .asString())
                    .isEqualTo(name);
            assertThat(catalogue.version())
                    .as("the projection moved the version")
                    .isGreaterThan(before);
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(other.page(YEAR_2037, 0, 10).items())
                            .extracting(CatalogueItem::dossierId)
                            .containsExactly(id));

            evaluation("recognition-expired", id, 4, round, name, "524", null, 5, null);

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(getOk("/api/v1/catalogue?year=2037", "province.officer")
                                .get("total")
                                .asInt())
                        .isZero();
                assertThat(getOk("/api/v1/public/catalogue?year=2037", "operator")
                                .get("total")
                                .asInt())
                        .isZero();
            });
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() ->
                            assertThat(other.page(YEAR_2037, 0, 10).total()).isZero());
        }
    }
}
