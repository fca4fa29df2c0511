package vn.ocop.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks event bodies and CloudEvents headers against the OCOP event contracts (JSON Schema 2020-12 files under
 * {@code contracts/schemas/} and {@code contracts/asyncapi.yaml}). Meant for producer and consumer tests: every
 * message names the offending field and the reason, so a failing assertion says what drifted.
 */
public final class ContractValidator {

    /** Base of every schema's {@code $id}; mapped to the classpath so that nothing is ever fetched over the network. */
    public static final String SCHEMA_ID_BASE = "https://contracts.ocop.local/schemas/";

    static final String HEADERS_SCHEMA = "cloudevents-headers.json";
    private static final String EVENT_SCHEMA_PREFIX = "vn.ocop.";
    private static final String JSON = ".json";
    private static final String BODY = "(body)";

    private static final ObjectMapper JSON_MAPPER = JsonMapper.builder().build();

    private final Map<String, Schema> eventSchemas;
    private final Schema headersSchema;
    private final AsyncApiCatalogue asyncApi;

    private ContractValidator(Map<String, Schema> eventSchemas, Schema headersSchema, AsyncApiCatalogue asyncApi) {
        this.eventSchemas = eventSchemas;
        this.headersSchema = headersSchema;
        this.asyncApi = asyncApi;
    }

    /** The contracts never change at run time, so one parsed copy serves every caller (the schemas are thread-safe). */
    public static ContractValidator load() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        private static final ContractValidator INSTANCE = create();
    }

    private static ContractValidator create() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                // Draft 2020-12 treats "format" as an annotation only; the contracts rely on date/date-time/uuid.
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_PATH)
                .locale(Locale.ENGLISH)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config)
                        .schemaIdResolvers(resolvers ->
                                resolvers.mapPrefix(SCHEMA_ID_BASE, "classpath:" + ContractResources.SCHEMAS)));

        Map<String, Schema> schemas = new LinkedHashMap<>();
        for (String file : ContractResources.list(ContractResources.SCHEMAS)) {
            if (file.startsWith(EVENT_SCHEMA_PREFIX) && file.endsWith(JSON)) {
                String type = file.substring(0, file.length() - JSON.length());
                schemas.put(type, loadSchema(registry, file));
            }
        }
        if (schemas.isEmpty()) {
            throw new IllegalStateException("No event schemas found under " + ContractResources.SCHEMAS);
        }
        AsyncApiCatalogue asyncApi = AsyncApiCatalogue.parse(ContractResources.read(ContractResources.ASYNCAPI));
        return new ContractValidator(
                Collections.unmodifiableMap(schemas), loadSchema(registry, HEADERS_SCHEMA), asyncApi);
    }

    private static Schema loadSchema(SchemaRegistry registry, String file) {
        Schema schema = registry.getSchema(SchemaLocation.of(SCHEMA_ID_BASE + file));
        // Resolve every $ref now, so that a broken reference fails at load and not in the middle of a test.
        schema.initializeValidators();
        return schema;
    }

    /** Every ce_type that has a schema. */
    public Set<String> knownTypes() {
        return Collections.unmodifiableSet(new TreeSet<>(eventSchemas.keySet()));
    }

    /** Every message name (ce_type) declared in asyncapi.yaml. */
    public Set<String> asyncApiMessageTypes() {
        return asyncApi.messageTypes();
    }

    /**
     * Validates an event body against the schema of its ce_type.
     *
     * @return an empty list when valid; otherwise one line per problem, each starting with the field path
     */
    public List<String> validate(String ceType, String jsonBody) {
        Schema schema = eventSchemas.get(ceType);
        if (schema == null) {
            return List.of("ce_type: unknown event type '" + ceType + "'; known types: " + knownTypes());
        }
        JsonNode body;
        try {
            body = JSON_MAPPER.readTree(jsonBody == null ? "" : jsonBody);
        } catch (JacksonException e) {
            return List.of(BODY + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (body == null || body.isMissingNode()) {
            return List.of(BODY + ": empty, a JSON object was expected");
        }
        return describe(schema.validate(body));
    }

    /**
     * Validates the CloudEvents binary-mode headers of one Kafka record: the header set itself, that the ce_type is
     * known and that ce_source names the service that owns the type's topic.
     */
    public List<String> validateHeaders(Map<String, String> headers) {
        ObjectNode node = JSON_MAPPER.createObjectNode();
        headers.forEach(node::put);
        List<String> problems = new ArrayList<>(describe(headersSchema.validate(node)));
        String type = headers.get("ce_type");
        if (type != null && !eventSchemas.containsKey(type)) {
            problems.add("ce_type: unknown event type '" + type + "'");
        }
        String source = headers.get("ce_source");
        String expectedSource = type == null ? null : producerSource(type);
        if (source != null && expectedSource != null && !expectedSource.equals(source)) {
            problems.add(
                    "ce_source: '" + source + "' does not produce " + type + "; expected '" + expectedSource + "'");
        }
        return List.copyOf(problems);
    }

    /**
     * Validates a whole record: headers, the body against the schema named by ce_type, and that ce_subject equals the
     * aggregate id in the body (the field AsyncAPI names in {@code x-aggregate-id}).
     */
    public List<String> validateEvent(Map<String, String> headers, String jsonBody) {
        List<String> problems = new ArrayList<>(validateHeaders(headers));
        String type = headers.get("ce_type");
        if (type == null || !eventSchemas.containsKey(type)) {
            return List.copyOf(problems);
        }
        List<String> bodyProblems = validate(type, jsonBody);
        problems.addAll(bodyProblems);
        String idField = asyncApi.aggregateIdField(type);
        String subject = headers.get("ce_subject");
        if (bodyProblems.isEmpty() && idField != null && subject != null) {
            String id = JSON_MAPPER.readTree(jsonBody).path(idField).stringValue(null);
            if (!subject.equals(id)) {
                problems.add("ce_subject: '" + subject + "' differs from the body's " + idField + " '" + id + "'");
            }
        }
        return List.copyOf(problems);
    }

    /** vn.ocop.dossier.submitted.v1 is produced by /ocop/dossier-service: the context names the service. */
    static String producerSource(String ceType) {
        String[] parts = ceType.split("\\.");
        return parts.length > 2 ? "/ocop/" + parts[2] + "-service" : null;
    }

    /** Composed schemas (allOf) may report one fault twice, e.g. the root type; say it once. */
    private static List<String> describe(List<Error> errors) {
        Set<String> messages = new LinkedHashSet<>();
        for (Error error : errors) {
            messages.add(fieldOf(error) + ": " + error.getMessage());
        }
        return List.copyOf(messages);
    }

    /** Reads like the Java-side field: "memberTotals[1]", "content-type"; a missing required property names itself. */
    private static String fieldOf(Error error) {
        StringBuilder field = new StringBuilder();
        NodePath path = error.getInstanceLocation();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                field.append('[').append(index).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(element);
            }
        }
        if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            field.append(field.isEmpty() ? "" : ".").append(error.getProperty());
        }
        return field.isEmpty() ? BODY : field.toString();
    }
}
