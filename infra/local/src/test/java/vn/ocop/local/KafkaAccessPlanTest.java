package vn.ocop.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The broker's ACLs follow each service's own bindings (its application.yml), and nothing more. */
class KafkaAccessPlanTest {

    @Test
    void eachServiceWritesOnlyItsOwnTopicAndTheDeadLetterTopicsOfItsBindings() throws IOException {
        for (OcopService service : OcopService.values()) {
            Set<String> written = names(service, ResourceType.TOPIC, AclOperation.WRITE);
            Set<String> expected = new HashSet<>(
                    bindings(service).values().stream().map(Binding::dlq).toList());
            expected.add(TopicPlan.ownTopic(service.moduleName()));
            assertThat(written).as(service.moduleName()).isEqualTo(expected);
            assertThat(written)
                    .as(service.moduleName() + " writes one event topic")
                    .filteredOn(TopicPlan.eventTopics()::contains)
                    .containsExactly("ocop." + service.moduleName().replace("-service", "") + ".events");
        }
        assertThat(names(OcopService.DOSSIER, ResourceType.TOPIC, AclOperation.WRITE))
                .doesNotContain(TopicPlan.EVALUATION_EVENTS);
    }

    @Test
    void eachServiceReadsTheTopicsItBindsInItsOwnGroup() throws IOException {
        for (OcopService service : OcopService.values()) {
            Map<String, Binding> bindings = bindings(service);
            assertThat(names(service, ResourceType.TOPIC, AclOperation.READ))
                    .as(service.moduleName())
                    .isEqualTo(
                            bindings.values().stream().map(Binding::destination).collect(Collectors.toSet()));
            assertThat(bindings.values()).extracting(Binding::group).containsOnly(service.moduleName());
            assertThat(names(service, ResourceType.GROUP, AclOperation.READ))
                    .as(service.moduleName())
                    .contains(service.moduleName())
                    .allMatch(group -> group.equals(service.moduleName())
                            || group.startsWith(KafkaAccessPlan.REBUILD_GROUP_PREFIX));
            assertThat(TopicPlan.consumedTopicsByGroup().get(service.moduleName()))
                    .as("TopicPlan")
                    .containsExactlyInAnyOrderElementsOf(
                            bindings.values().stream().map(Binding::destination).collect(Collectors.toSet()));
        }
    }

    @Test
    void onlyTheHealthPanelDescribesOtherServicesGroupsAndNobodyElseGetsPrefixes() {
        for (OcopService service : OcopService.values()) {
            List<AclBinding> prefixed = KafkaAccessPlan.of(service).stream()
                    .filter(b -> b.pattern().patternType() == PatternType.PREFIXED)
                    .toList();
            if (service == OcopService.REPORTING) {
                assertThat(prefixed)
                        .extracting(b -> b.entry().operation())
                        .containsExactlyInAnyOrder(AclOperation.DESCRIBE, AclOperation.READ);
                assertThat(names(service, ResourceType.GROUP, AclOperation.DESCRIBE))
                        .containsExactlyInAnyOrder(
                                "dossier-service", "evaluation-service", "reporting-service", "notification-service");
            } else {
                assertThat(prefixed).as(service.moduleName()).isEmpty();
                assertThat(names(service, ResourceType.GROUP, AclOperation.DESCRIBE))
                        .isEmpty();
            }
        }
    }

    @Test
    void theProductionPathsAclFileIsThePlan() throws IOException {
        Path file = repoDir().resolve("infra/compose/kafka/acls.txt");
        List<String> lines = Files.readAllLines(file).stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.replaceAll("\\s+", " "))
                .toList();
        assertThat(lines)
                .as(file + " differs from KafkaAccessPlan; its lines should be:\n"
                        + String.join("\n", KafkaAccessPlan.render()))
                .isEqualTo(KafkaAccessPlan.render());
    }

    private static Set<String> names(OcopService service, ResourceType type, AclOperation operation) {
        return KafkaAccessPlan.of(service).stream()
                .filter(b -> b.pattern().resourceType() == type && b.entry().operation() == operation)
                .map(b -> b.pattern().name())
                .collect(Collectors.toSet());
    }

    record Binding(String destination, String group, String dlq) {}

    /** The service's input bindings, read from its application.yml as Spring Cloud Stream would. */
    @SuppressWarnings("unchecked")
    private static Map<String, Binding> bindings(OcopService service) throws IOException {
        Path yml = repoDir().resolve(service.moduleName()).resolve("src/main/resources/application.yml");
        Map<String, Object> root;
        try (InputStream in = Files.newInputStream(yml)) {
            root = new Yaml().load(in);
        }
        Map<String, Object> stream = (Map<String, Object>) path(root, "spring", "cloud", "stream");
        Map<String, Object> bindings = (Map<String, Object>) stream.get("bindings");
        Map<String, Object> kafka = (Map<String, Object>) path(stream, "kafka", "bindings");
        Map<String, Binding> out = new java.util.LinkedHashMap<>();
        bindings.forEach((name, value) -> {
            Map<String, Object> binding = (Map<String, Object>) value;
            out.put(name, new Binding((String) binding.get("destination"), (String) binding.get("group"), (String)
                    path(kafka, name, "consumer", "dlq-name")));
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object path(Map<String, Object> map, String... keys) {
        Object node = map;
        for (String key : keys) {
            node = ((Map<String, Object>) node).get(key);
        }
        return node;
    }

    private static Path repoDir() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("dossier-service"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Run from inside the repository");
        }
        return dir;
    }
}
