package vn.ocop.reporting.support;

import static vn.ocop.reporting.support.ReportingTestBase.DOSSIER_TOPIC;
import static vn.ocop.reporting.support.ReportingTestBase.EVALUATION_TOPIC;
import static vn.ocop.reporting.support.ReportingTestBase.body;
import static vn.ocop.reporting.support.ReportingTestBase.send;

/** Realistic events for a test's own round and dossiers: the contract examples with the test's ids. */
public final class Events {

    public static final String D = "vn.ocop.dossier.";
    public static final String E = "vn.ocop.evaluation.";

    private Events() {}

    public static void roundScheduled(
            String roundId, int year, int number, String districtDeadline, String provinceDeadline) {
        send(DOSSIER_TOPIC, D + "round-scheduled.v1", roundId, body(D + "round-scheduled.v1", n -> {
            n.put("roundId", roundId);
            n.put("year", year);
            n.put("number", number);
            n.put("districtDeadline", districtDeadline);
            n.put("provinceDeadline", provinceDeadline);
        }));
    }

    /** A dossier event ({@code submitted}, {@code accepted}, …) of a dossier in the round and district. */
    public static String dossierBody(
            String type,
            String dossierId,
            long version,
            String roundId,
            int year,
            String product,
            String district,
            String districtName,
            String commune,
            String communeName,
            String occurredAt) {
        return body(D + type + ".v1", n -> {
            n.put("dossierId", dossierId);
            n.put("version", version);
            n.put("roundId", roundId);
            n.put("roundYear", year);
            n.put("productName", product);
            n.put("districtCode", district);
            n.put("districtName", districtName);
            n.put("communeCode", commune);
            n.put("communeName", communeName);
            n.put("occurredAt", occurredAt);
        });
    }

    public static String dossier(
            String type,
            String dossierId,
            long version,
            String roundId,
            int year,
            String product,
            String district,
            String districtName,
            String commune,
            String communeName,
            String occurredAt) {
        return send(
                DOSSIER_TOPIC,
                D + type + ".v1",
                dossierId,
                dossierBody(
                        type,
                        dossierId,
                        version,
                        roundId,
                        year,
                        product,
                        district,
                        districtName,
                        commune,
                        communeName,
                        occurredAt));
    }

    public static String evaluationBody(
            String type,
            String dossierId,
            long version,
            String roundId,
            String product,
            String district,
            String commune,
            Integer stars,
            String decisionDate) {
        return body(E + type + ".v1", n -> {
            n.put("dossierId", dossierId);
            n.put("evaluationId", dossierId + "-eval");
            n.put("version", version);
            n.put("roundId", roundId);
            n.put("productName", product);
            n.put("districtCode", district);
            n.put("communeCode", commune);
            if (stars != null) {
                n.put("stars", stars);
                n.put("score", stars == 5 ? 91.5 : stars == 4 ? 76.64 : 61.2);
            }
            if (decisionDate != null) {
                n.put("decisionDate", decisionDate);
                n.put("validFrom", decisionDate);
                n.put("certificateNumber", "OCOP-51-" + dossierId);
            }
        });
    }

    public static String evaluation(
            String type,
            String dossierId,
            long version,
            String roundId,
            String product,
            String district,
            String commune,
            Integer stars,
            String decisionDate) {
        return send(
                EVALUATION_TOPIC,
                E + type + ".v1",
                dossierId,
                evaluationBody(type, dossierId, version, roundId, product, district, commune, stars, decisionDate));
    }
}
