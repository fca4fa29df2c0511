package vn.ocop.platform.layersample.good.thing.application;

import java.util.List;
import vn.ocop.platform.layersample.good.thing.Thing;
import vn.ocop.platform.refusal.Refusal;

/** A use case that refuses in the domain's words. */
public class ThingService {
    public Thing rename(Thing thing, String name) {
        if (name.isBlank()) {
            throw new Blank();
        }
        return new Thing(name);
    }

    static final class Blank extends Refusal {
        Blank() {
            super(Kind.INVALID, "validation", "name is blank", "tên để trống", List.of());
        }
    }
}
