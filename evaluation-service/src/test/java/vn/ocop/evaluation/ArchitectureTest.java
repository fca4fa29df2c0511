package vn.ocop.evaluation;

import org.junit.jupiter.api.Test;
import vn.ocop.platform.test.LayerRules;

/** The kit's walls between domain, use cases and adapters; the catalog reader is an adapter by another name. */
class ArchitectureTest {

    @Test
    void keepsTheLayerRules() {
        LayerRules.of("vn.ocop.evaluation").adapters("criteria.catalog").check();
    }
}
