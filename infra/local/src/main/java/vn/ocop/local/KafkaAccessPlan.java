package vn.ocop.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * What each service may do on the broker (the authorizer denies everything else,
 * {@code allow.everyone.if.no.acl.found=false}): write its own topic and the dead-letter topics of the bindings it
 * consumes, read the topics it consumes in its own consumer group. reporting-service's health panel may also see
 * every platform topic's offsets and every service group's committed offsets (describe only), and its view rebuild
 * reads in groups of its own prefix. Writing implies describing the topic (so does an idempotent producer's
 * registration since Kafka 2.8); reading a topic or a group implies describing it.
 */
public final class KafkaAccessPlan {

    static final String REBUILD_GROUP_PREFIX = "reporting-service-rebuild-";

    private KafkaAccessPlan() {}

    public static String principal(OcopService service) {
        return "User:" + service.moduleName();
    }

    /** Every ACL the launcher keeps on the broker, for all four services. */
    public static Set<AclBinding> all() {
        Set<AclBinding> bindings = new LinkedHashSet<>();
        for (OcopService service : OcopService.values()) {
            bindings.addAll(of(service));
        }
        return bindings;
    }

    /** The ACLs of one service. */
    public static List<AclBinding> of(OcopService service) {
        String group = service.moduleName();
        List<AclBinding> bindings = new ArrayList<>();
        allow(
                bindings,
                service,
                ResourceType.TOPIC,
                TopicPlan.ownTopic(group),
                PatternType.LITERAL,
                AclOperation.WRITE,
                AclOperation.DESCRIBE);
        for (String topic : TopicPlan.consumedTopicsByGroup().getOrDefault(group, List.of())) {
            allow(
                    bindings,
                    service,
                    ResourceType.TOPIC,
                    topic,
                    PatternType.LITERAL,
                    AclOperation.READ,
                    AclOperation.DESCRIBE);
            allow(
                    bindings,
                    service,
                    ResourceType.TOPIC,
                    TopicPlan.deadLetterTopic(topic, group),
                    PatternType.LITERAL,
                    AclOperation.WRITE,
                    AclOperation.DESCRIBE);
        }
        allow(bindings, service, ResourceType.GROUP, group, PatternType.LITERAL, AclOperation.READ);
        if (service == OcopService.REPORTING) {
            // the health panel: DLQ sizes and consumer lag of every service, read from offsets only
            allow(bindings, service, ResourceType.TOPIC, "ocop.", PatternType.PREFIXED, AclOperation.DESCRIBE);
            for (OcopService other : OcopService.values()) {
                allow(
                        bindings,
                        service,
                        ResourceType.GROUP,
                        other.moduleName(),
                        PatternType.LITERAL,
                        AclOperation.DESCRIBE);
            }
            allow(bindings, service, ResourceType.GROUP, REBUILD_GROUP_PREFIX, PatternType.PREFIXED, AclOperation.READ);
        }
        return List.copyOf(new LinkedHashSet<>(bindings));
    }

    /**
     * The plan as {@code infra/compose/kafka/acls.txt} holds it for the production path's {@code create-acls.sh}: one
     * line per resource of a user, {@code <user> <topic|group> <literal|prefixed> <name> <Operation>…}
     * (kafka-acls' words). KafkaAccessPlanTest keeps the file in step.
     */
    public static List<String> render() {
        Map<String, List<String>> operations = new LinkedHashMap<>();
        for (AclBinding b : all()) {
            String key = b.entry().principal().substring("User:".length()) + " "
                    + b.pattern().resourceType().name().toLowerCase(Locale.ROOT) + " "
                    + b.pattern().patternType().name().toLowerCase(Locale.ROOT) + " "
                    + b.pattern().name();
            String operation = b.entry().operation().name().charAt(0)
                    + b.entry().operation().name().substring(1).toLowerCase(Locale.ROOT);
            operations.computeIfAbsent(key, k -> new ArrayList<>()).add(operation);
        }
        return operations.entrySet().stream()
                .map(e -> e.getKey() + " " + String.join(" ", e.getValue()))
                .toList();
    }

    private static void allow(
            List<AclBinding> bindings,
            OcopService service,
            ResourceType type,
            String name,
            PatternType pattern,
            AclOperation... operations) {
        for (AclOperation operation : operations) {
            bindings.add(new AclBinding(
                    new ResourcePattern(type, name, pattern),
                    new AccessControlEntry(principal(service), "*", operation, AclPermissionType.ALLOW)));
        }
    }
}
