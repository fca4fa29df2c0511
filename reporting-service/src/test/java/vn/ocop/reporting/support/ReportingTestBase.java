package vn.ocop.reporting.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.ocop.contracts.ContractExamples;
import vn.ocop.contracts.ContractValidator;
import vn.ocop.platform.test.Api;
import vn.ocop.platform.test.MutableClock;
import vn.ocop.platform.test.TestClockConfiguration;
import vn.ocop.platform.test.TestInfrastructure;

/**
 * The one Spring context of the module's service tests: the real embedded broker, the MongoDB-wire server, real
 * signed tokens (TestInfrastructure) and a settable clock. Tests keep apart by using their own round, year and
 * product names, since the topics are shared.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ocop.reporting.overdue-check-interval=PT1H",
            // the province's data as the launcher imports it (reporting-service/reference-data, not in the jar)
            "ocop.reporting.import=file:reference-data/quang-ngai-letter-878-2020.json"
        })
@Import(TestClockConfiguration.class)
public abstract class ReportingTestBase {

    public static final String DOSSIER_TOPIC = "ocop.dossier.events";
    public static final String EVALUATION_TOPIC = "ocop.evaluation.events";
    public static final String REPORTING_TOPIC = "ocop.reporting.events";
    /** 16 March 2020, 09:00 in Quảng Ngãi: the kit's test clock starts there too. */
    public static final Instant START = Instant.parse("2020-03-16T02:00:00Z");

    public static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "ocop_reporting_test");
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected MongoTemplate mongo;

    @org.junit.jupiter.api.BeforeEach
    void resetClock() {
        // targets' projections and overdue checks read the clock: every test starts from the same instant
        clock.set(START);
    }

    protected Api api() {
        return Api.at(port);
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    protected JsonNode getOk(String path, String user) {
        HttpResponse<String> r = api().get(path).as(user).send();
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return json(r);
    }

    /** The contract's example body of the type, changed by {@code edit}. */
    public static String body(String type, Consumer<ObjectNode> edit) {
        ObjectNode node = (ObjectNode) JSON.readTree(ContractExamples.body(type));
        edit.accept(node);
        String text = JSON.writeValueAsString(node);
        assertThat(ContractValidator.load().validate(type, text))
                .as(type + " test body")
                .isEmpty();
        return text;
    }

    /** Sends an event with fresh CloudEvents headers; returns its ce_id. */
    public static String send(String topic, String type, String key, String body) {
        Map<String, String> headers = new HashMap<>(TestInfrastructure.ceHeaders(type, key));
        TestInfrastructure.send(topic, key, body, headers);
        return headers.get("ce_id");
    }

    /** Sends the same record again (same ce_id): a redelivery. */
    public static void resend(String topic, String type, String key, String body, String ceId) {
        Map<String, String> headers = new HashMap<>(TestInfrastructure.ceHeaders(type, key));
        headers.put("ce_id", ceId);
        TestInfrastructure.send(topic, key, body, headers);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Every copy on the topic, relay duplicates included: the tests that say "once" count records, not ce_ids. */
    protected static List<ConsumerRecord<String, byte[]>> reportingEvents(String key) {
        return TestInfrastructure.readAll(REPORTING_TOPIC).stream()
                .filter(r -> key.equals(r.key()))
                .sorted(java.util.Comparator.comparingLong(ConsumerRecord::offset))
                .toList();
    }
}
