package vn.ocop.platform.events;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.time.Clock;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an event record into an {@link OutboxEntry}: assigns the id, the time, serialises the
 * body once and captures the current trace so the relay can forward it in {@code traceparent}.
 */
public class EventFactory {

    private final JsonMapper json;
    private final Clock clock;
    private final Tracer tracer;

    public EventFactory(JsonMapper json, Clock clock, Tracer tracer) {
        this.json = json;
        this.clock = clock;
        this.tracer = tracer;
    }

    public OutboxEntry create(String topic, String type, String key, Object body) {
        return new OutboxEntry(
                UUID.randomUUID().toString(),
                type,
                topic,
                key,
                clock.instant(),
                json.writeValueAsString(body),
                currentTraceparent());
    }

    private String currentTraceparent() {
        if (tracer == null) {
            return null;
        }
        Span span = tracer.currentSpan();
        if (span == null) {
            return null;
        }
        var ctx = span.context();
        return "00-" + ctx.traceId() + "-" + ctx.spanId() + "-" + (Boolean.TRUE.equals(ctx.sampled()) ? "01" : "00");
    }
}
