package vn.ocop.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The topics the platform needs: one per producing context, and one dead-letter topic per
 * (topic, consumer group) pair, named {@code <topic>.<group>.dlq}. Auto-creation is off on the broker,
 * so a topic missing here does not exist.
 */
public final class TopicPlan {

    public static final String DOSSIER_EVENTS = "ocop.dossier.events";
    public static final String EVALUATION_EVENTS = "ocop.evaluation.events";
    public static final String REPORTING_EVENTS = "ocop.reporting.events";
    public static final String NOTIFICATION_EVENTS = "ocop.notification.events";

    public static final int EVENT_PARTITIONS = 6;
    /** One partition keeps the dead letters of a pair in arrival order for replay. */
    public static final int DEAD_LETTER_PARTITIONS = 1;

    /** Consumer group (= service name) → the event topics it reads. */
    private static final Map<String, List<String>> CONSUMED = new LinkedHashMap<>();

    static {
        CONSUMED.put("evaluation-service", List.of(DOSSIER_EVENTS));
        CONSUMED.put(
                "reporting-service", List.of(DOSSIER_EVENTS, EVALUATION_EVENTS, REPORTING_EVENTS, NOTIFICATION_EVENTS));
        CONSUMED.put("notification-service", List.of(DOSSIER_EVENTS, EVALUATION_EVENTS, REPORTING_EVENTS));
        CONSUMED.put("dossier-service", List.of(EVALUATION_EVENTS));
    }

    public record Topic(String name, int partitions) {}

    private TopicPlan() {}

    public static List<String> eventTopics() {
        return List.of(DOSSIER_EVENTS, EVALUATION_EVENTS, REPORTING_EVENTS, NOTIFICATION_EVENTS);
    }

    public static Map<String, List<String>> consumedTopicsByGroup() {
        return CONSUMED;
    }

    /** The one topic a service writes: {@code dossier-service} → {@code ocop.dossier.events}. */
    public static String ownTopic(String service) {
        if (!service.endsWith("-service")) {
            throw new IllegalArgumentException("Not a service name: " + service);
        }
        String topic = "ocop." + service.substring(0, service.length() - "-service".length()) + ".events";
        if (!eventTopics().contains(topic)) {
            throw new IllegalArgumentException(service + " owns no planned topic");
        }
        return topic;
    }

    public static String deadLetterTopic(String topic, String group) {
        return topic + "." + group + ".dlq";
    }

    public static List<Topic> all() {
        List<Topic> topics = new ArrayList<>();
        eventTopics().forEach(name -> topics.add(new Topic(name, EVENT_PARTITIONS)));
        CONSUMED.forEach((group, consumed) -> consumed.forEach(
                topic -> topics.add(new Topic(deadLetterTopic(topic, group), DEAD_LETTER_PARTITIONS))));
        return List.copyOf(topics);
    }
}
