package vn.ocop.reliability;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import vn.ocop.client.Forms;
import vn.ocop.client.OcopClient;
import vn.ocop.client.Reply;

/**
 * Drives dossier-service the way producers and district officers do: a round, the demo producer, then drafts
 * with every mandatory document uploaded, submitted and accepted.
 */
public final class DossierFlow {

    public static final String PRODUCER = "producer.mo-duc";
    public static final String DISTRICT = "district.mo-duc";
    public static final String PROVINCE = "province.officer";
    public static final String OPERATOR = "operator";

    private final OcopClient client;
    private String roundId;
    private List<String> mandatoryDocuments;

    public DossierFlow(OcopApi api, String dossierServiceUrl) {
        this.client = api.clientBuilder()
                .baseUrl(OcopClient.DOSSIER, dossierServiceUrl)
                .build();
    }

    public String roundId() {
        return roundId;
    }

    /** A fresh open round far in the future (its own year) and the Mộ Đức demo producer. */
    public DossierFlow prepare() {
        int year = 2040 + ThreadLocalRandom.current().nextInt(50);
        Reply round = client.openRound(
                PROVINCE,
                new Forms.Round(year, 1, "QD1048_2019", LocalDate.of(year, 12, 1), LocalDate.of(year, 12, 31)),
                null);
        require(round, 201, "schedule a round");
        roundId = round.json().get("id").asString();
        if (client.producer(PROVINCE, "PR-4300100001").status() != 200) {
            require(
                    client.registerProducer(
                            PROVINCE,
                            new Forms.Producer(
                                    "COOPERATIVE",
                                    "HTX Nông nghiệp Đức Lợi",
                                    "4300100001",
                                    "533",
                                    "21403",
                                    "Thôn 1",
                                    new Forms.Contact("Nguyễn Văn A", "0912345678", "htx@example.vn")),
                            null),
                    201,
                    "register the producer");
        }
        return this;
    }

    /** A draft with every mandatory document attached; returns its id. */
    public String completeDraft(String productName) {
        Reply created = client.openDossier(
                PRODUCER,
                new Forms.Dossier(roundId, "PR-4300100001", productName, "FOOD_PROCESSED", "Sản phẩm thử tải"),
                null);
        require(created, 201, "open a dossier");
        JsonNode view = created.json();
        String id = view.get("id").asString();
        if (mandatoryDocuments == null) {
            List<String> missing = new ArrayList<>();
            view.get("checklist").get("missing").forEach(n -> missing.add(n.asString()));
            mandatoryDocuments = List.copyOf(missing);
        }
        for (String type : mandatoryDocuments) {
            require(attach(id, type), 201, "upload " + type);
        }
        return id;
    }

    public Reply attach(String id, String documentType) {
        return client.upload(
                PRODUCER,
                id,
                documentType,
                documentType.toLowerCase(Locale.ROOT) + ".pdf",
                "application/pdf",
                pdf(documentType));
    }

    public Reply submit(String id) {
        return client.submit(PRODUCER, id);
    }

    public Reply accept(String id) {
        return client.accept(DISTRICT, id);
    }

    public Reply dossier(String id) {
        return client.dossier(PROVINCE, id);
    }

    /** Submitted and accepted: the dossier evaluation-service opens an evaluation for. */
    public String acceptedDossier(String productName) {
        String id = completeDraft(productName);
        require(submit(id), 200, "submit");
        require(accept(id), 200, "accept");
        return id;
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% " + text
                        + "\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    static Reply require(Reply reply, int status, String what) {
        if (reply.status() != status) {
            throw new Load.Refused(reply.status(), "Could not " + what + ": expected " + status + ", got " + reply);
        }
        return reply;
    }
}
