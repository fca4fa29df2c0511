package vn.ocop.notification.architecture;

import org.junit.jupiter.api.Test;
import vn.ocop.platform.test.LayerRules;

/** The kit's walls between domain, use cases and adapters; the channels and the unit directory are adapters. */
class ArchitectureTest {

    @Test
    void layersKeepTheirWalls() {
        LayerRules.of("vn.ocop.notification")
                .adapters("channel.sms", "channel.email", "channel.resilience", "unit")
                .check();
    }
}
