package vn.ocop.platform.layersample.good.thing.web;

import org.springframework.http.HttpStatus;
import vn.ocop.platform.layersample.good.thing.Thing;
import vn.ocop.platform.layersample.good.thing.application.ThingService;

/** The web adapter may speak HTTP. */
public class ThingController {
    private final ThingService service = new ThingService();

    public HttpStatus rename(Thing thing, String name) {
        service.rename(thing, name);
        return HttpStatus.OK;
    }
}
