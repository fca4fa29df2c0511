package vn.ocop.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.mail.javamail.JavaMailSender;
import vn.ocop.notification.channel.DeliveryChannel;
import vn.ocop.notification.channel.QuietHours;
import vn.ocop.notification.channel.SmsGateway;
import vn.ocop.notification.channel.email.SmtpEmailSender;
import vn.ocop.notification.channel.sms.SmsProperties;
import vn.ocop.notification.contact.Contact;
import vn.ocop.notification.contact.ContactRole;
import vn.ocop.notification.contact.persistence.ContactStore;
import vn.ocop.notification.delivery.application.DeliveryProperties;
import vn.ocop.notification.delivery.application.DeliverySender;
import vn.ocop.notification.delivery.application.NotificationOutcome;
import vn.ocop.notification.delivery.persistence.DeliveryStore;
import vn.ocop.notification.support.NotificationTestBase;
import vn.ocop.notification.template.Language;
import vn.ocop.platform.events.EventFactory;
import vn.ocop.platform.outbox.AggregateWriter;
import vn.ocop.platform.outbox.OutboxRelay;

/**
 * The queue is worked a batch per scan: one scan lists the due deliveries, each is then claimed by id. The senders
 * here work a database of their own on the shared MongoDB-wire server (the service's scheduled sender would take
 * deliveries of the service's database away from under the test) and mail to the suite's GreenMail over real SMTP.
 */
class DeliveryBatchTest extends NotificationTestBase {

    @Autowired
    MongoClient client;

    @Autowired
    OutboxRelay relay;

    @Autowired
    JavaMailSender mailSender;

    @Autowired
    SmsGateway sms;

    @Autowired
    SmsProperties smsProperties;

    @Autowired
    EventFactory events;

    @Autowired
    MeterRegistry meters;

    private MongoTemplate queue;
    private ScanCountingStore store;
    private ContactStore contacts;
    private String contactId;
    private String address;

    /** Counts the scans, which are what the embedded store pays for. */
    static final class ScanCountingStore extends DeliveryStore {

        final AtomicInteger scans = new AtomicInteger();

        ScanCountingStore(MongoTemplate mongo, AggregateWriter writer) {
            super(mongo, writer);
        }

        @Override
        public List<String> dueIds(Instant now, int limit) {
            scans.incrementAndGet();
            return super.dueIds(now, limit);
        }
    }

    @BeforeEach
    void ownQueue() {
        queue = new MongoTemplate(
                new SimpleMongoClientDatabaseFactory(
                        client,
                        "ocop_notification_batch_"
                                + UUID.randomUUID().toString().replace("-", "")),
                mongo.getConverter());
        // the relay watches the service's database only: outcome events stay in the documents, where they are checked
        store = new ScanCountingStore(queue, new AggregateWriter(queue, relay));
        contacts = new ContactStore(queue);
        String suffix = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        contactId = "ct-batch-" + suffix;
        address = "batch-" + suffix + "@example.gov.vn";
        contacts.insert(new Contact(
                contactId,
                "Hộp thư thử nghiệm",
                ContactRole.UNIT_REPORTER,
                null,
                null,
                "T-" + suffix,
                null,
                address,
                null,
                List.of(DeliveryChannel.EMAIL),
                Language.VI,
                null,
                1));
    }

    @AfterEach
    void dropQueue() {
        queue.getDb().drop();
    }

    private DeliverySender sender(String owner, int batchSize) {
        DeliveryProperties properties = new DeliveryProperties(
                null, batchSize, Duration.ofMinutes(2), 3, Duration.ofSeconds(30), 2.0, Duration.ofMinutes(5));
        // straight to SMTP: the channel's breaker and rate limiter are shared with the rest of the suite
        return new DeliverySender(
                store,
                contacts,
                new SmtpEmailSender(mailSender, "OCOP <no-reply@example.gov.vn>"),
                sms,
                smsProperties,
                properties,
                events,
                meters,
                clock,
                owner);
    }

    private Delivery plan(int n, Instant at) {
        String source = "batch-" + UUID.randomUUID();
        Delivery delivery = Delivery.planned(
                new Delivery.Plan(
                        source,
                        source,
                        "vn.ocop.dossier.submitted.v1",
                        "dossier-submitted",
                        contactId,
                        DeliveryChannel.EMAIL,
                        "vi",
                        "531",
                        "b***@example.gov.vn",
                        "Thư thử nghiệm " + n,
                        "Nội dung " + n,
                        "<p>Nội dung " + n + "</p>",
                        false,
                        false),
                at,
                QuietHours.PROVINCE_DEFAULT);
        store.insert(delivery);
        return delivery;
    }

    private List<String> planDue(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(plan(i, clock.instant()).id());
        }
        return ids;
    }

    private Delivery stored(String id) {
        return queue.findById(id, Delivery.class, DeliveryStore.COLLECTION);
    }

    @SuppressWarnings("unchecked")
    private List<String> outboxTypes(String id) {
        Document doc = queue.findById(id, Document.class, DeliveryStore.COLLECTION);
        return ((List<Document>) doc.get("outbox", List.class))
                .stream().map(e -> e.getString("type")).toList();
    }

    private void assertSentExactlyOnce(List<String> ids) {
        assertThat(ids).allSatisfy(id -> {
            Delivery d = stored(id);
            assertThat(d.status()).as(id).isEqualTo(DeliveryState.SENT);
            assertThat(d.attempts()).as(id).isEqualTo(1);
            assertThat(outboxTypes(id)).as(id).containsExactly(NotificationOutcome.DELIVERED);
        });
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(mailTo(address)).hasSize(ids.size()));
        assertThat(mailTo(address)).extracting(ReceivedMail::deliveryId).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void onePollSendsTheWholeQueueWithOneScanPerBatch() {
        List<String> ids = planDue(25);

        sender("sender-a", 10).sendDue();

        assertSentExactlyOnce(ids);
        // 10 + 10 + 5: a short batch ends the poll; one scan per message would have been 25
        assertThat(store.scans).hasValue(3);
        assertThat(store.dueIds(clock.instant(), 100)).isEmpty();
    }

    @Test
    void twoSendersWorkingOneQueueAtOnceSendEachDeliveryExactlyOnce() throws Exception {
        List<String> ids = planDue(60);
        DeliverySender a = sender("sender-a", 7);
        DeliverySender b = sender("sender-b", 7);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Future<?> first = threads.submit(() -> awaitThen(start, a));
            Future<?> second = threads.submit(() -> awaitThen(start, b));
            start.countDown();
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        assertSentExactlyOnce(ids);
        assertThat(ids).allSatisfy(id -> assertThat(stored(id).claimedBy()).isIn("sender-a", "sender-b"));
    }

    private static void awaitThen(CountDownLatch start, DeliverySender sender) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        sender.sendDue();
    }

    @Test
    void scanListsDueUnclaimedDeliveriesOldestFirstAndAClaimByIdIsExclusiveUntilItsLeaseRunsOut() {
        Instant now = clock.instant();
        String older = plan(1, now.minusSeconds(3)).id();
        String old = plan(2, now.minusSeconds(2)).id();
        String recent = plan(3, now.minusSeconds(1)).id();
        String notYetDue = plan(4, now.plusSeconds(3600)).id();

        assertThat(store.dueIds(now, 2)).containsExactly(older, old);
        assertThat(store.dueIds(now, 10)).containsExactly(older, old, recent);
        assertThat(store.claim(notYetDue, "sender-a", now, Duration.ofMinutes(1)))
                .isEmpty();

        Delivery claimed =
                store.claim(older, "sender-a", now, Duration.ofMinutes(1)).orElseThrow();
        assertThat(claimed.claimedBy()).isEqualTo("sender-a");
        assertThat(claimed.version()).isEqualTo(2);
        assertThat(store.claim(older, "sender-b", now.plusSeconds(30), Duration.ofMinutes(1)))
                .isEmpty();
        assertThat(store.dueIds(now.plusSeconds(30), 10)).containsExactly(old, recent);

        // sender-a crashed: once its lease ran out the delivery is due again and another instance takes it over
        Delivery takenOver = store.claim(older, "sender-b", now.plusSeconds(61), Duration.ofMinutes(1))
                .orElseThrow();
        assertThat(takenOver.claimedBy()).isEqualTo("sender-b");
        assertThat(takenOver.version()).isEqualTo(3);
        assertThat(stored(older).claimedBy()).isEqualTo("sender-b");
    }
}
