package vn.ocop.contracts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What the AsyncAPI document declares about each message: its name (the ce_type) and the payload field that holds
 * the aggregate id, which is also the Kafka key and ce_subject.
 */
final class AsyncApiCatalogue {

    static final String AGGREGATE_ID_EXTENSION = "x-aggregate-id";

    private final Map<String, String> aggregateIdFieldByType;

    private AsyncApiCatalogue(Map<String, String> aggregateIdFieldByType) {
        this.aggregateIdFieldByType = Collections.unmodifiableMap(aggregateIdFieldByType);
    }

    static AsyncApiCatalogue parse(String yaml) {
        JsonNode messages = new YAMLMapper().readTree(yaml).path("components").path("messages");
        if (!messages.isObject() || messages.isEmpty()) {
            throw new IllegalStateException("asyncapi.yaml declares no components.messages");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> message : messages.properties()) {
            String type = message.getValue().path("name").stringValue(null);
            if (type == null || type.isBlank()) {
                throw new IllegalStateException("asyncapi.yaml message " + message.getKey() + " has no name (ce_type)");
            }
            fields.put(type, message.getValue().path(AGGREGATE_ID_EXTENSION).stringValue(null));
        }
        return new AsyncApiCatalogue(fields);
    }

    Set<String> messageTypes() {
        return Collections.unmodifiableSet(new TreeSet<>(aggregateIdFieldByType.keySet()));
    }

    /** The payload field whose value must equal ce_subject, or null when the document does not say. */
    String aggregateIdField(String ceType) {
        return aggregateIdFieldByType.get(ceType);
    }
}
