package vn.ocop.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicPlanTest {

    @Test
    void eachEventTopicHasSixPartitions() {
        assertThat(TopicPlan.all())
                .filteredOn(topic -> !topic.name().endsWith(".dlq"))
                .extracting(TopicPlan.Topic::name, TopicPlan.Topic::partitions)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ocop.dossier.events", 6),
                        org.assertj.core.groups.Tuple.tuple("ocop.evaluation.events", 6),
                        org.assertj.core.groups.Tuple.tuple("ocop.reporting.events", 6),
                        org.assertj.core.groups.Tuple.tuple("ocop.notification.events", 6));
    }

    @Test
    void eachConsumingGroupGetsOneSinglePartitionDeadLetterTopicPerTopicItReads() {
        List<TopicPlan.Topic> deadLetters = TopicPlan.all().stream()
                .filter(topic -> topic.name().endsWith(".dlq"))
                .toList();

        assertThat(deadLetters)
                .allSatisfy(topic -> assertThat(topic.partitions()).isEqualTo(1));
        assertThat(deadLetters)
                .extracting(TopicPlan.Topic::name)
                .containsExactlyInAnyOrder(
                        "ocop.dossier.events.evaluation-service.dlq",
                        "ocop.dossier.events.reporting-service.dlq",
                        "ocop.evaluation.events.reporting-service.dlq",
                        "ocop.reporting.events.reporting-service.dlq",
                        "ocop.notification.events.reporting-service.dlq",
                        "ocop.dossier.events.notification-service.dlq",
                        "ocop.evaluation.events.notification-service.dlq",
                        "ocop.reporting.events.notification-service.dlq",
                        "ocop.evaluation.events.dossier-service.dlq");
    }

    @Test
    void consumerGroupsAreTheServiceNames() {
        assertThat(TopicPlan.consumedTopicsByGroup().keySet())
                .allSatisfy(group ->
                        assertThat(OcopService.named(group).moduleName()).isEqualTo(group));
    }
}
