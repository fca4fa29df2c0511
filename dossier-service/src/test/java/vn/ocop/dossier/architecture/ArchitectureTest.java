package vn.ocop.dossier.architecture;

import org.junit.jupiter.api.Test;
import vn.ocop.platform.test.LayerRules;

/** The kit's walls between domain, use cases and adapters. */
class ArchitectureTest {

    @Test
    void keepsTheLayerRules() {
        LayerRules.of("vn.ocop.dossier").check();
    }
}
