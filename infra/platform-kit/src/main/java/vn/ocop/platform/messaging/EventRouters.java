package vn.ocop.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.Validator;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

/** Creates an {@link EventRouter} per input binding, bound to the topic the binding reads. */
public class EventRouters {

    private final JsonMapper json;
    private final Validator validator;
    private final StoreOutageRetry retry;
    private final MeterRegistry meters;
    private final Environment environment;

    public EventRouters(
            JsonMapper json,
            Validator validator,
            StoreOutageRetry retry,
            MeterRegistry meters,
            Environment environment) {
        this.json = json;
        this.validator = validator;
        this.retry = retry;
        this.meters = meters;
        this.environment = environment;
    }

    /**
     * A router for a Spring Cloud Stream input binding; its topic is the binding's destination. A binding without
     * one fails the start: a router that does not know its topic cannot tell a forged source.
     */
    public EventRouter forBinding(String binding) {
        String destination = environment.getProperty("spring.cloud.stream.bindings." + binding + ".destination");
        if (destination == null || destination.isBlank() || destination.contains(",")) {
            throw new IllegalStateException("Binding " + binding + " needs exactly one destination topic "
                    + "(spring.cloud.stream.bindings." + binding + ".destination), found '" + destination + "'");
        }
        return forTopic(binding, destination.trim());
    }

    /** A router for records read from {@code topic} outside a binding (a replay); {@code name} tags its metrics. */
    public EventRouter forTopic(String name, String topic) {
        return new EventRouter(name, topic, json, validator, retry, meters);
    }
}
