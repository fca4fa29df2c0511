package vn.ocop.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import tools.jackson.databind.node.ObjectNode;
import vn.ocop.notification.channel.DeliveryChannel;
import vn.ocop.notification.delivery.Delivery;
import vn.ocop.notification.delivery.DeliveryState;
import vn.ocop.notification.reminder.application.ReminderJob;
import vn.ocop.notification.reminder.application.ReminderPlanner;
import vn.ocop.notification.reminder.application.ReminderProperties;
import vn.ocop.notification.reminder.persistence.DeadlineTrackingStore;
import vn.ocop.notification.support.NotificationTestBase;
import vn.ocop.platform.config.ProvinceTime;
import vn.ocop.platform.outbox.RelayLock;

/**
 * Two instances of the reminder job, each with its own lock owner, against one MongoDB and one clock that the test
 * moves day by day across a round's district deadline and a period's due date.
 */
class DeadlineReminderTest extends NotificationTestBase {

    @Autowired
    ReminderJob instanceA;

    @Autowired
    ReminderPlanner planner;

    @Autowired
    ReminderProperties properties;

    @Autowired
    DeadlineTrackingStore tracking;

    private ReminderJob instanceB() {
        return new ReminderJob(planner, new RelayLock(mongo, "second-instance", clock), properties, clock);
    }

    private static ObjectNode dossier(String type, String roundId, String district) {
        ObjectNode body = example(type);
        body.put("dossierId", "dos-" + UUID.randomUUID());
        body.put("roundId", roundId);
        body.put("districtCode", district);
        body.put("communeCode", (String) null);
        return body;
    }

    @Test
    void sendsSevenThreeAndOneDayRemindersAndTheOverdueAlertExactlyOnceEachAcrossTwoInstances() throws Exception {
        String roundId = "round-test-" + UUID.randomUUID();
        String periodId = "period-test-" + UUID.randomUUID();
        LocalDate deadline = LocalDate.of(2020, 4, 10);
        LocalDate due = LocalDate.of(2020, 6, 20);

        ObjectNode round = example("vn.ocop.dossier.round-scheduled.v1");
        round.put("roundId", roundId);
        round.put("districtDeadline", deadline.toString());
        publish("ocop.dossier.events", "vn.ocop.dossier.round-scheduled.v1", roundId, round);
        // Bình Sơn keeps one accepted dossier; Sơn Tịnh forwards its only one and must hear nothing
        ObjectNode pending = dossier("vn.ocop.dossier.accepted.v1", roundId, "524");
        publish(
                "ocop.dossier.events",
                "vn.ocop.dossier.accepted.v1",
                pending.get("dossierId").asString(),
                pending);
        ObjectNode accepted = dossier("vn.ocop.dossier.accepted.v1", roundId, "527");
        String forwardedId = accepted.get("dossierId").asString();
        publish("ocop.dossier.events", "vn.ocop.dossier.accepted.v1", forwardedId, accepted);
        ObjectNode forwarded = dossier("vn.ocop.dossier.forwarded.v1", roundId, "527");
        forwarded.put("dossierId", forwardedId);
        forwarded.put("version", 9);
        publish("ocop.dossier.events", "vn.ocop.dossier.forwarded.v1", forwardedId, forwarded);

        ObjectNode period = example("vn.ocop.reporting.period-scheduled.v1");
        period.put("periodId", periodId);
        period.putArray("unitCodes").add("DOF").add("DPI");
        publish("ocop.reporting.events", "vn.ocop.reporting.period-scheduled.v1", periodId, period);
        ObjectNode submitted = example("vn.ocop.reporting.period-report-submitted.v1");
        submitted.put("periodId", periodId);
        submitted.put("unitCode", "DPI");
        publish("ocop.reporting.events", "vn.ocop.reporting.period-report-submitted.v1", periodId, submitted);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(tracking.pendingByDistrict(roundId)).isEqualTo(Map.of("524", 1));
            assertThat(tracking.periods()).anySatisfy(p -> {
                assertThat(p.periodId()).isEqualTo(periodId);
                assertThat(p.submitted()).containsExactly("DPI");
            });
        });

        ReminderJob instanceB = instanceB();
        for (LocalDate day = deadline.minusDays(9); !day.isAfter(due.plusDays(3)); day = day.plusDays(1)) {
            if (day.isAfter(deadline.plusDays(9)) && day.isBefore(due.minusDays(9))) {
                continue;
            }
            for (LocalTime time : List.of(LocalTime.of(8, 0), LocalTime.of(8, 1), LocalTime.of(16, 0))) {
                clock.pin(day.atTime(time).atZone(ProvinceTime.ZONE).toInstant());
                runTogether(instanceA, instanceB);
            }
        }

        List<Delivery> round524 = deliveries(Criteria.where("sourceId").regex("^round:" + roundId + ":"));
        assertThat(round524)
                .extracting(Delivery::sourceId)
                .containsExactlyInAnyOrder(
                        "round:" + roundId + ":district:524:D7", "round:" + roundId + ":district:524:D7",
                        "round:" + roundId + ":district:524:D3", "round:" + roundId + ":district:524:D3",
                        "round:" + roundId + ":district:524:D1", "round:" + roundId + ":district:524:D1",
                        "round:" + roundId + ":district:524:OVERDUE", "round:" + roundId + ":district:524:OVERDUE");
        assertThat(round524).allMatch(d -> d.contactId().equals("ct-dist-524"));

        List<Delivery> periodDeliveries = deliveries(Criteria.where("sourceId").regex("^period:" + periodId + ":"));
        assertThat(periodDeliveries.stream().map(Delivery::sourceId).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(
                        "period:" + periodId + ":unit:DOF:D7", "period:" + periodId + ":unit:DOF:D3",
                        "period:" + periodId + ":unit:DOF:D1", "period:" + periodId + ":unit:DOF:OVERDUE");
        assertThat(periodDeliveries).hasSize(8).allMatch(d -> d.contactId().equals("ct-unit-dof"));

        // the sender works in the test's time too; with the clock released the queue drains
        clock.release();
        List<Delivery> all = new ArrayList<>(round524);
        all.addAll(periodDeliveries);
        Set<String> emailIds = all.stream()
                .filter(d -> d.channel() == DeliveryChannel.EMAIL)
                .map(Delivery::id)
                .collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(deliveries(Criteria.where("_id")
                                .in(all.stream().map(Delivery::id).toList())))
                        .allMatch(d -> d.status() == DeliveryState.SENT));
        List<ReceivedMail> mails = allMail().stream()
                .filter(m -> emailIds.contains(m.deliveryId()))
                .toList();
        assertThat(mails).hasSize(8);
        assertThat(mails.stream().map(ReceivedMail::deliveryId).distinct()).hasSize(8);
        assertThat(mails)
                .filteredOn(m -> m.to().equals("ocop.huyen524@example.gov.vn"))
                .hasSize(4);
    }

    private static void runTogether(ReminderJob a, ReminderJob b) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> awaitThen(start, a));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> awaitThen(start, b));
        start.countDown();
        first.get();
        second.get();
    }

    private static int awaitThen(CountDownLatch start, ReminderJob job) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return job.runOnce();
    }
}
