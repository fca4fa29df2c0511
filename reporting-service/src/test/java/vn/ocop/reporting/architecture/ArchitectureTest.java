package vn.ocop.reporting.architecture;

import org.junit.jupiter.api.Test;
import vn.ocop.platform.test.LayerRules;

/** The kit's walls between domain, use cases and adapters; the health probe, rebuild and exports are adapters. */
class ArchitectureTest {

    @Test
    void layersKeepTheirWalls() {
        LayerRules.of("vn.ocop.reporting")
                .adapters("dashboard.health", "rebuild", "export")
                .check();
    }
}
