package vn.ocop.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.Validator;
import tools.jackson.databind.json.JsonMapper;

/** Creates an {@link EventRouter} per input binding. */
public class EventRouters {

    private final JsonMapper json;
    private final Validator validator;
    private final StoreOutageRetry retry;
    private final MeterRegistry meters;

    public EventRouters(JsonMapper json, Validator validator, StoreOutageRetry retry, MeterRegistry meters) {
        this.json = json;
        this.validator = validator;
        this.retry = retry;
        this.meters = meters;
    }

    public EventRouter forBinding(String binding) {
        return new EventRouter(binding, json, validator, retry, meters);
    }
}
