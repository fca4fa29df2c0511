package vn.ocop.platform.layersample.bad.thing.application;

import org.springframework.http.HttpStatus;

/** A use case that speaks HTTP: the application rule must catch it. */
public class ThingService {
    public HttpStatus refuse() {
        return HttpStatus.CONFLICT;
    }
}
