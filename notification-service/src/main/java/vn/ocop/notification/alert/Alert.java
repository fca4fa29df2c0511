package vn.ocop.notification.alert;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.ocop.notification.subscription.AlertScope;
import vn.ocop.notification.template.TemplateType;

/**
 * Something people must hear about, before it is addressed to anyone.
 *
 * @param sourceId      what makes it unique: the event's ce_id, or a reminder id such as
 *                      {@code round:round-2020-1:district:533:D7}; deliveries are keyed by (sourceId, contact, channel)
 * @param sourceEventId a UUID for the published outcome events: the ce_id, or a name-based UUID of the reminder id
 * @param alertType     the ce_type (or reminder type) that subscriptions are keyed by
 * @param values        the template placeholders
 */
public record Alert(
        String sourceId,
        String sourceEventId,
        String alertType,
        TemplateType template,
        AlertScope scope,
        Map<String, Object> values) {

    public Alert {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(alertType, "alertType");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(scope, "scope");
        values = Map.copyOf(values);
    }

    /** An alert caused by a consumed event. */
    public static Alert fromEvent(
            String ceId, String ceType, TemplateType template, AlertScope scope, Map<String, Object> values) {
        return new Alert(ceId, ceId, ceType, template, scope, values);
    }

    /** An alert the service raises itself (a reminder), with a stable id so that it is raised once. */
    public static Alert fromReminder(
            String reminderId,
            String reminderType,
            TemplateType template,
            AlertScope scope,
            Map<String, Object> values) {
        return new Alert(reminderId, reminderUuid(reminderId), reminderType, template, scope, values);
    }

    public static String reminderUuid(String reminderId) {
        return UUID.nameUUIDFromBytes(reminderId.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }
}
