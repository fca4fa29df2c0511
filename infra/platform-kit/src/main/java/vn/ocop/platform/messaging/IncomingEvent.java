package vn.ocop.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import vn.ocop.platform.events.CloudEventHeaders;

/**
 * The CloudEvents attributes of a consumed record, read once at the edge.
 *
 * @param body the raw JSON body
 */
public record IncomingEvent(String id, String type, String source, String subject, Instant time, byte[] body) {

    public static IncomingEvent from(Message<?> message) {
        MessageHeaders h = message.getHeaders();
        String id = required(h, CloudEventHeaders.ID);
        String type = required(h, CloudEventHeaders.TYPE);
        String source = required(h, CloudEventHeaders.SOURCE);
        String subject = text(h.get(CloudEventHeaders.SUBJECT));
        String timeText = required(h, CloudEventHeaders.TIME);
        Instant time;
        try {
            time = Instant.parse(timeText);
        } catch (DateTimeParseException e) {
            throw new PoisonMessageException("header ce_time is not an RFC 3339 instant: " + timeText);
        }
        Object payload = message.getPayload();
        byte[] body = payload instanceof byte[] b ? b : String.valueOf(payload).getBytes(StandardCharsets.UTF_8);
        return new IncomingEvent(id, type, source, subject, time, body);
    }

    private static String required(MessageHeaders h, String name) {
        String v = text(h.get(name));
        if (v == null || v.isBlank()) {
            throw new PoisonMessageException("missing CloudEvents header " + name);
        }
        return v;
    }

    static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof byte[] b) {
            return new String(b, StandardCharsets.UTF_8);
        }
        return v.toString();
    }
}
