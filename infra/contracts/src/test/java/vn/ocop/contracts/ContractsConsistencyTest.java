package vn.ocop.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Keeps the schema files, the examples and asyncapi.yaml telling the same story. */
class ContractsConsistencyTest {

    private static final Set<String> TOPICS = Set.of(
            "ocop.dossier.events", "ocop.evaluation.events", "ocop.reporting.events", "ocop.notification.events");
    private static final JsonNode ASYNCAPI =
            new YAMLMapper().readTree(ContractResources.read(ContractResources.ASYNCAPI));

    private final ContractValidator contracts = ContractValidator.load();

    static Stream<String> eventTypes() {
        return ContractValidator.load().knownTypes().stream();
    }

    @Test
    void asyncApiListsExactlyTheTypesThatHaveSchemas() {
        assertThat(contracts.knownTypes()).hasSizeGreaterThanOrEqualTo(19);
        assertThat(contracts.asyncApiMessageTypes()).isEqualTo(contracts.knownTypes());
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void asyncApiMessagePointsAtTheSchemaAndExampleOfItsType(String ceType) {
        JsonNode message = message(ceType);

        assertThat(message.path("payload").path("$ref").stringValue(null)).isEqualTo("./schemas/" + ceType + ".json");
        assertThat(message.path("examples").path(0).path("payload").path("$ref").stringValue(null))
                .isEqualTo("./examples/" + ceType + ".json");
        JsonNode headerOverrides = message.path("headers").path("allOf").path(1).path("properties");
        assertThat(headerOverrides.path("ce_type").path("const").stringValue(null))
                .isEqualTo(ceType);
        assertThat(headerOverrides.path("ce_source").path("const").stringValue(null))
                .isEqualTo(ContractValidator.producerSource(ceType));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void aggregateIdNamedInAsyncApiIsARequiredStringOfTheExample(String ceType) {
        String field =
                message(ceType).path(AsyncApiCatalogue.AGGREGATE_ID_EXTENSION).stringValue(null);
        JsonNode example = JsonMapper.builder().build().readTree(ContractExamples.body(ceType));

        assertThat(field).isNotBlank();
        assertThat(example.path(field).isString()).as("%s.%s", ceType, field).isTrue();
        String withoutId = example.toString().replace("\"" + field + "\":", "\"renamed_" + field + "\":");
        assertThat(contracts.validate(ceType, withoutId))
                .anySatisfy(problem -> assertThat(problem).startsWith(field + ": "));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void schemaIsATolerantDraft202012DocumentIdentifiedByItsType(String ceType) {
        JsonNode schema = JsonMapper.builder()
                .build()
                .readTree(ContractResources.read(ContractResources.SCHEMAS + ceType + ".json"));

        assertThat(schema.path("$schema").stringValue(null)).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").stringValue(null)).isEqualTo(ContractValidator.SCHEMA_ID_BASE + ceType + ".json");
        assertThat(schema.path("title").stringValue("")).isNotBlank();
        assertThat(schema.path("description").stringValue("")).isNotBlank();
        assertThat(schema.path("additionalProperties").asBoolean(false)).isTrue();
    }

    @Test
    void everyChannelIsAnEventTopicOrTheDeadLetterTopicOfAGroupThatConsumesIt() {
        Map<String, Set<String>> consumedBy = consumersByTopic();
        List<String> strays = new ArrayList<>();
        Set<String> dlqs = new HashSet<>();
        for (Map.Entry<String, JsonNode> channel : ASYNCAPI.path("channels").properties()) {
            String address = channel.getValue().path("address").stringValue("");
            assertThat(channel.getValue()
                            .path("bindings")
                            .path("kafka")
                            .path("topic")
                            .stringValue(null))
                    .isEqualTo(address);
            if (TOPICS.contains(address)) {
                continue;
            }
            String topic = TOPICS.stream()
                    .filter(t -> address.startsWith(t + "."))
                    .findFirst()
                    .orElse(null);
            String group = topic == null || !address.endsWith(".dlq")
                    ? null
                    : address.substring(topic.length() + 1, address.length() - ".dlq".length());
            if (group == null || !consumedBy.getOrDefault(topic, Set.of()).contains(group)) {
                strays.add(address);
            } else {
                dlqs.add(address);
            }
        }
        assertThat(strays).isEmpty();
        Set<String> expectedDlqs = new TreeSet<>();
        consumedBy.forEach((topic, groups) -> groups.forEach(group -> expectedDlqs.add(topic + "." + group + ".dlq")));
        assertThat(new TreeSet<>(dlqs)).isEqualTo(expectedDlqs);
    }

    @Test
    void consumersMatchTheArchitecture() {
        Map<String, Set<String>> consumedBy = consumersByTopic();

        assertThat(consumedBy.get("ocop.dossier.events"))
                .containsExactlyInAnyOrder("evaluation-service", "reporting-service", "notification-service");
        assertThat(consumedBy.get("ocop.evaluation.events"))
                .containsExactlyInAnyOrder("dossier-service", "reporting-service", "notification-service");
        assertThat(consumedBy.get("ocop.reporting.events"))
                .containsExactlyInAnyOrder("reporting-service", "notification-service");
        assertThat(consumedBy.get("ocop.notification.events")).containsExactly("reporting-service");
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void exampleTextIsNfcNormalised(String ceType) {
        String body = ContractExamples.body(ceType);

        assertThat(Normalizer.isNormalized(body, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void findsContractFilesInsideAJarWithoutDirectoryEntries(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("contracts.jar");
        List<String> entries = new ArrayList<>(List.of(ContractResources.ASYNCAPI));
        ContractResources.list(ContractResources.SCHEMAS)
                .forEach(file -> entries.add(ContractResources.SCHEMAS + file));
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String entry : entries) {
                out.putNextEntry(new JarEntry(entry));
                out.write(ContractResources.read(entry).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        ClassLoader original = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader jarOnly = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Thread.currentThread().setContextClassLoader(jarOnly);

            assertThat(ContractResources.list(ContractResources.SCHEMAS))
                    .contains("common.json", "cloudevents-headers.json", "vn.ocop.dossier.submitted.v1.json")
                    .hasSize(contracts.knownTypes().size() + 2);
            assertThat(ContractResources.list(ContractResources.EXAMPLES)).isEmpty();
        } finally {
            Thread.currentThread().setContextClassLoader(original);
        }
    }

    private static JsonNode message(String ceType) {
        for (Map.Entry<String, JsonNode> message :
                ASYNCAPI.path("components").path("messages").properties()) {
            if (ceType.equals(message.getValue().path("name").stringValue(null))) {
                return message.getValue();
            }
        }
        throw new AssertionError("asyncapi.yaml has no message named " + ceType);
    }

    /** topic -> consumer groups, read from the receive operations' Kafka groupId bindings. */
    private static Map<String, Set<String>> consumersByTopic() {
        Map<String, Set<String>> result = new HashMap<>();
        for (Map.Entry<String, JsonNode> operation : ASYNCAPI.path("operations").properties()) {
            JsonNode op = operation.getValue();
            if (!"receive".equals(op.path("action").stringValue(null))) {
                continue;
            }
            String channelRef = op.path("channel").path("$ref").stringValue("");
            String channelId = channelRef.substring(channelRef.lastIndexOf('/') + 1);
            String topic =
                    ASYNCAPI.path("channels").path(channelId).path("address").stringValue(null);
            String group = op.path("bindings")
                    .path("kafka")
                    .path("groupId")
                    .path("enum")
                    .path(0)
                    .stringValue(null);
            assertThat(group).as("groupId of %s", operation.getKey()).isNotNull();
            result.computeIfAbsent(topic, t -> new TreeSet<>()).add(group);
        }
        return result;
    }
}
