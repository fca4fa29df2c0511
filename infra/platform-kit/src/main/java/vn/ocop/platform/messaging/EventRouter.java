package vn.ocop.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps consumed records to typed event records once, at the edge, and hands them to handlers.
 *
 * <p>A record whose {@code ce_source} is not the topic's owner (see {@link EventSources}) is poison whatever it
 * says: only that service may write the topic, so anything else is forged or misrouted. Types a consumer knows but
 * does not need are acknowledged and skipped; a type that is in no contract, a body that is not JSON or a record
 * that breaks its constraints is poison too. Poison goes to the dead-letter topic and is counted in
 * {@code ocop.events.dead.lettered} with a {@code reason} tag ({@value #FORGED_SOURCE} or {@value #UNPROCESSABLE}).
 * A handler that meets a MongoDB outage is retried in place (see
 * {@link StoreOutageRetry}) so that the offset is never committed past an unstored effect.
 */
public class EventRouter {

    private static final Logger log = LoggerFactory.getLogger(EventRouter.class);
    public static final String DEAD_LETTERED = "ocop.events.dead.lettered";
    public static final String FORGED_SOURCE = "forged-source";
    public static final String UNPROCESSABLE = "unprocessable";

    private final JsonMapper json;
    private final Validator validator;
    private final StoreOutageRetry outageRetry;
    private final MeterRegistry meters;
    private final String binding;
    private final String topic;
    private final String owner;
    private final Map<String, Route<?>> routes = new HashMap<>();
    private final Set<String> ignored = new HashSet<>();

    /** @param topic the topic this router's records come from; its owner is the only accepted source */
    public EventRouter(
            String binding,
            String topic,
            JsonMapper json,
            Validator validator,
            StoreOutageRetry outageRetry,
            MeterRegistry meters) {
        this.binding = binding;
        this.topic = topic;
        this.owner = EventSources.ownerOfTopic(topic);
        this.json = json.rebuild()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
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
        } catch (ForgedSourceException e) {
            // the binder sends it to the DLQ without retrying; counted apart: someone writes a topic not theirs
            meters.counter(DEAD_LETTERED, "binding", binding, "reason", FORGED_SOURCE)
                    .increment();
            log.warn("dead-lettered a record on {} (binding {}): {}", topic, binding, e.getMessage());
            throw e;
        } catch (PoisonMessageException e) {
            // the binder sends it to the DLQ without retrying; count it for the ops dashboard and alerts
            meters.counter(DEAD_LETTERED, "binding", binding, "reason", UNPROCESSABLE)
                    .increment();
            throw e;
        }
    }

    private void route(Message<?> message) {
        IncomingEvent event = IncomingEvent.from(message);
        if (!owner.equals(event.source())) {
            throw new ForgedSourceException("ce_source '" + printable(event.source()) + "' of "
                    + printable(event.type()) + " " + printable(event.id()) + " is not " + owner
                    + ", the only writer of " + topic);
        }
        if (ignored.contains(event.type())) {
            return;
        }
        Route<?> route = routes.get(event.type());
        if (route == null) {
            throw new PoisonMessageException("unknown event type " + event.type() + " on binding " + binding);
        }
        dispatch(event, route);
        meters.counter("ocop.events.consumed", "binding", binding, "type", event.type())
                .increment();
    }

    private <T> void dispatch(IncomingEvent event, Route<T> route) {
        T body;
        try {
            body = json.readValue(event.body(), route.type());
        } catch (JacksonException e) {
            throw new PoisonMessageException(
                    "body of " + event.type() + " " + event.id() + " is not valid JSON for its contract: "
                            + e.getOriginalMessage(),
                    e);
        }
        if (body == null) {
            throw new PoisonMessageException("empty body for " + event.type() + " " + event.id());
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            String reasons = violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; "));
            throw new PoisonMessageException(
                    "event " + event.type() + " " + event.id() + " breaks its contract: " + reasons);
        }
        outageRetry.run(() -> route.handler().accept(event, body));
        log.debug("applied {} {}", event.type(), event.id());
    }

    /** At most 120 visible characters of a header an attacker may have written (it reaches logs and the DLQ). */
    private static String printable(String value) {
        String visible = value.replaceAll("\\p{Cntrl}", "?");
        return visible.length() > 120 ? visible.substring(0, 120) + "…" : visible;
    }

    /** A record on a topic its claimed source does not own. */
    static final class ForgedSourceException extends PoisonMessageException {
        ForgedSourceException(String message) {
            super(message);
        }
    }

    private record Route<T>(Class<T> type, BiConsumer<IncomingEvent, T> handler) {}
}
