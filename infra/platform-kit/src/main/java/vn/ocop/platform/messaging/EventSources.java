package vn.ocop.platform.messaging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who may be the {@code ce_source} of a record: each context has one topic, {@code ocop.<context>.events}, written
 * only by {@code <context>-service}, whose outbox relay stamps {@code /ocop/<spring.application.name>}. Event types
 * name the same context ({@code vn.ocop.<context>.<event>.v<n>}).
 */
public final class EventSources {

    private static final Pattern TOPIC = Pattern.compile("ocop\\.([a-z][a-z0-9-]*)\\.events");
    private static final Pattern TYPE = Pattern.compile("vn\\.ocop\\.([a-z][a-z0-9-]*)\\..+");

    private EventSources() {}

    /** {@code ocop.dossier.events} → {@code /ocop/dossier-service}; any other name is refused. */
    public static String ownerOfTopic(String topic) {
        Matcher m = topic == null ? null : TOPIC.matcher(topic);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException(
                    "'" + topic + "' is not an event topic (ocop.<context>.events): " + "its owner is unknown");
        }
        return ofContext(m.group(1));
    }

    /** {@code vn.ocop.dossier.submitted.v1} → {@code /ocop/dossier-service}; any other name is refused. */
    public static String ownerOfType(String ceType) {
        Matcher m = ceType == null ? null : TYPE.matcher(ceType);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + ceType + "' is not an event type (vn.ocop.<context>.…)");
        }
        return ofContext(m.group(1));
    }

    /** The source a service's relay stamps on its events. */
    public static String ofApplication(String applicationName) {
        return "/ocop/" + applicationName;
    }

    private static String ofContext(String context) {
        return ofApplication(context + "-service");
    }
}
