package vn.ocop.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.ocop.contracts.ContractValidator;

/**
 * Valid dossier and evaluation events for national-size data, produced straight to the topics with a plain
 * producer: every dossier is submitted, returned, resubmitted and accepted; the recognised ones are also graded by
 * the district, forwarded, graded by the province and recognised. Districts and communes come from the 63
 * provinces of the GSO list. The first event of each type is checked against its JSON Schema.
 */
final class SyntheticEvents {

    record Unit(String province, String districtCode, String districtName, String communeCode, String communeName) {}

    private final List<Unit> units;
    private final ContractValidator validator = ContractValidator.load();
    private final Map<String, Boolean> checked = new LinkedHashMap<>();
    private final Random random = new Random(20200301);
    private long produced;

    SyntheticEvents(Path csv) throws IOException {
        units = new ArrayList<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            units.add(new Unit(f[0], f[2], f[3], f[4].isBlank() ? null : f[4], f[5].isBlank() ? null : f[5]));
        }
    }

    long provinces() {
        return units.stream().map(Unit::province).distinct().count();
    }

    /**
     * Produces {@code dossiers} dossiers of round {@code roundId}, {@code recognised} of them carried through to
     * recognition; returns the number of events.
     */
    long produce(Map<String, Object> client, String roundId, int year, int dossiers, int recognised) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "10");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(128 * 1024));
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        long before = produced;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
            List<Future<?>> last = new ArrayList<>();
            for (int i = 0; i < dossiers; i++) {
                Unit u = units.get(random.nextInt(units.size()));
                String id = "DOS-" + roundId + "-S" + i;
                boolean recognise = i < recognised;
                dossier(producer, id, roundId, year, u, 2, "SUBMITTED", "submitted", Map.of("resubmission", false));
                dossier(
                        producer,
                        id,
                        roundId,
                        year,
                        u,
                        3,
                        "RETURNED",
                        "returned",
                        Map.of("reasons", List.of("Thiếu phiếu kiểm nghiệm")));
                dossier(producer, id, roundId, year, u, 4, "SUBMITTED", "submitted", Map.of("resubmission", true));
                dossier(producer, id, roundId, year, u, 5, "ACCEPTED", "accepted", Map.of());
                if (recognise) {
                    int stars = 3 + random.nextInt(3);
                    double score = 50 + 10 * (stars - 3) + random.nextInt(900) / 100.0;
                    evaluation(
                            producer,
                            id,
                            roundId,
                            u,
                            "district-graded",
                            1,
                            Map.of(
                                    "councilId",
                                    "HD-" + u.districtCode(),
                                    "score",
                                    score,
                                    "stars",
                                    stars,
                                    "qualifiesForProvince",
                                    true,
                                    "memberTotals",
                                    List.of(score, score, score)));
                    Map<String, Object> forwarded = new LinkedHashMap<>();
                    forwarded.put("districtScore", score);
                    forwarded.put("districtStars", stars);
                    forwarded.put("districtDeadline", year + "-04-10");
                    forwarded.put("late", false);
                    dossier(producer, id, roundId, year, u, 6, "FORWARDED", "forwarded", forwarded);
                    String evaluationId = id + ":PROVINCE";
                    evaluation(
                            producer,
                            id,
                            roundId,
                            u,
                            "province-graded",
                            1,
                            Map.of(
                                    "councilId",
                                    "HD-51",
                                    "score",
                                    score,
                                    "stars",
                                    stars,
                                    "memberTotals",
                                    List.of(score, score, score),
                                    "evaluationId",
                                    evaluationId));
                    Map<String, Object> recognition = new LinkedHashMap<>();
                    recognition.put("evaluationId", evaluationId);
                    recognition.put("decisionNumber", (100 + i % 900) + "/QĐ-UBND");
                    recognition.put("decisionDate", year + "-05-29");
                    recognition.put("signer", "Phó Chủ tịch UBND tỉnh");
                    recognition.put("score", score);
                    recognition.put("stars", stars);
                    recognition.put("certificateNumber", "OCOP-" + u.province() + "-" + year + "-" + i);
                    recognition.put("validFrom", year + "-05-29");
                    recognition.put("validUntil", (year + 3) + "-05-28");
                    evaluation(producer, id, roundId, u, "product-recognized", 2, recognition);
                }
                if (i % 50_000 == 49_999) {
                    Progress.say("  produced %,d dossiers (%,d events)", i + 1, produced - before);
                }
            }
            producer.flush();
        }
        return produced - before;
    }

    private void dossier(
            KafkaProducer<String, byte[]> producer,
            String id,
            String roundId,
            int year,
            Unit u,
            int version,
            String status,
            String type,
            Map<String, Object> extra) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("dossierId", id);
        b.put("version", version);
        b.put("roundId", roundId);
        b.put("roundYear", year);
        b.put("legalBasis", "QD148_1489_2025");
        b.put("productName", "Sản phẩm " + u.districtName() + " " + id.substring(id.length() - 4));
        b.put("productGroup", "FOOD_PROCESSED");
        b.put("sector", "FOOD");
        b.put("producerId", "PR-" + u.districtCode() + "-" + (id.hashCode() & 0xffff));
        b.put("producerName", "HTX " + u.districtName());
        b.put("provinceCode", u.province());
        b.put("districtCode", u.districtCode());
        b.put("districtName", u.districtName());
        b.put("communeCode", u.communeCode());
        b.put("communeName", u.communeName());
        b.put("status", status);
        b.put("occurredAt", Instant.now().toString());
        b.put("actor", "bench-synthetic");
        b.putAll(extra);
        send(producer, "ocop.dossier.events", "vn.ocop.dossier." + type + ".v1", "/ocop/dossier-service", id, b);
    }

    private void evaluation(
            KafkaProducer<String, byte[]> producer,
            String dossierId,
            String roundId,
            Unit u,
            String type,
            int version,
            Map<String, Object> extra) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("evaluationId", dossierId + (type.startsWith("district") ? ":DISTRICT" : ":PROVINCE"));
        b.put("dossierId", dossierId);
        b.put("version", version);
        b.put("roundId", roundId);
        b.put("legalBasis", "QD148_1489_2025");
        b.put("productName", "Sản phẩm " + u.districtName() + " " + dossierId.substring(dossierId.length() - 4));
        b.put("productGroup", "FOOD_PROCESSED");
        b.put("sector", "FOOD");
        b.put("producerId", "PR-" + u.districtCode() + "-" + (dossierId.hashCode() & 0xffff));
        b.put("producerName", "HTX " + u.districtName());
        b.put("districtCode", u.districtCode());
        b.put("communeCode", u.communeCode());
        b.put("occurredAt", Instant.now().toString());
        b.put("actor", "bench-synthetic");
        b.putAll(extra);
        send(
                producer,
                "ocop.evaluation.events",
                "vn.ocop.evaluation." + type + ".v1",
                "/ocop/evaluation-service",
                dossierId,
                b);
    }

    private void send(
            KafkaProducer<String, byte[]> producer,
            String topic,
            String type,
            String source,
            String key,
            Map<String, Object> body) {
        String json = Api.JSON.writeValueAsString(body);
        if (checked.putIfAbsent(type, true) == null) {
            List<String> errors = validator.validate(type, json);
            if (!errors.isEmpty()) {
                throw new BenchFailure("synthetic " + type + " does not satisfy its schema: " + errors + " " + json);
            }
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, json.getBytes(StandardCharsets.UTF_8));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_type", type);
        header(record, "ce_source", source);
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_subject", key);
        header(record, "content-type", "application/json");
        producer.send(record);
        produced++;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
