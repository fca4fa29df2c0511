package vn.ocop.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Maps consumed records to typed event records once, at the edge, and hands them to handlers.
 *
 * <p>Types a consumer knows but does not need are acknowledged and skipped; a type that is in no
 * contract, a body that is not JSON or a record that breaks its constraints is poison and goes to
 * the dead-letter topic. A handler that meets a MongoDB outage is retried in place (see
 * {@link StoreOutageRetry}) so that the offset is never committed past an unstored effect.
 */
public class EventRouter {

    private static final Logger log = LoggerFactory.getLogger(EventRouter.class);

    private final JsonMapper json;
    private final Validator validator;
    private final StoreOutageRetry outageRetry;
    private final MeterRegistry meters;
    private final String binding;
    private final Map<String, Route<?>> routes = new HashMap<>();
    private final Set<String> ignored = new HashSet<>();

    public EventRouter(String binding, JsonMapper json, Validator validator, StoreOutageRetry outageRetry,
                       MeterRegistry meters) {
        this.binding = binding;
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.validator = validator;
        this.outageRetry = outageRetry;
        this.meters = meters;
    }

    public <T> EventRouter on(String ceType, Class<T> type, BiConsumer<IncomingEvent, T> handler) {
        routes.put(ceType, new Route<>(type, handler));
        return this;
    }

    /** Types that belong to the topic's contract but need nothing from this consumer. */
    public EventRouter ignore(String... ceTypes) {
        ignored.addAll(Set.of(ceTypes));
        return this;
    }

    public void accept(Message<?> message) {
        try {
            route(message);
        } catch (PoisonMessageException e) {
            // the binder sends it to the DLQ without retrying; count it for the ops dashboard and alerts
            meters.counter("ocop.events.dead.lettered", "binding", binding).increment();
            throw e;
        }
    }

    private void route(Message<?> message) {
        IncomingEvent event = IncomingEvent.from(message);
        if (ignored.contains(event.type())) {
            return;
        }
        Route<?> route = routes.get(event.type());
        if (route == null) {
            throw new PoisonMessageException("unknown event type " + event.type() + " on binding " + binding);
        }
        dispatch(event, route);
        meters.counter("ocop.events.consumed", "binding", binding, "type", event.type()).increment();
    }

    private <T> void dispatch(IncomingEvent event, Route<T> route) {
        T body;
        try {
            body = json.readValue(event.body(), route.type());
        } catch (JacksonException e) {
            throw new PoisonMessageException("body of " + event.type() + " " + event.id()
                    + " is not valid JSON for its contract: " + e.getOriginalMessage(), e);
        }
        if (body == null) {
            throw new PoisonMessageException("empty body for " + event.type() + " " + event.id());
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            String reasons = violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted().collect(Collectors.joining("; "));
            throw new PoisonMessageException("event " + event.type() + " " + event.id() + " breaks its contract: "
                    + reasons);
        }
        outageRetry.run(() -> route.handler().accept(event, body));
        log.debug("applied {} {}", event.type(), event.id());
    }

    private record Route<T>(Class<T> type, BiConsumer<IncomingEvent, T> handler) {
    }
}
