package vn.ocop.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;

/**
 * Drives dossier-service the way producers and district officers do: a round, the demo producer, then drafts
 * with every mandatory document uploaded, submitted and accepted.
 */
public final class DossierFlow {

    public static final String PRODUCER = "producer.mo-duc";
    public static final String DISTRICT = "district.mo-duc";
    public static final String PROVINCE = "province.officer";
    public static final String OPERATOR = "operator";

    private final OcopApi api;
    private final String base;
    private String roundId;
    private List<String> mandatoryDocuments;

    public DossierFlow(OcopApi api, String dossierServiceUrl) {
        this.api = api;
        this.base = dossierServiceUrl + "/api/v1";
    }

    public String roundId() {
        return roundId;
    }

    /** A fresh open round far in the future (its own year) and the Mộ Đức demo producer. */
    public DossierFlow prepare() {
        int year = 2040 + ThreadLocalRandom.current().nextInt(50);
        OcopApi.Reply round = api.post(base + "/rounds", PROVINCE, """
                {"year":%d,"number":1,"legalBasis":"QD1048_2019","districtDeadline":"%d-12-01","provinceDeadline":"%d-12-31"}"""
                .formatted(year, year, year));
        require(round, 201, "schedule a round");
        roundId = round.json().get("id").asString();
        if (api.get(base + "/producers/PR-4300100001", PROVINCE).status() != 200) {
            require(api.post(base + "/producers", PROVINCE, """
                    {"kind":"COOPERATIVE","name":"HTX Nông nghiệp Đức Lợi","registrationNumber":"4300100001",\
                    "districtCode":"533","communeCode":"21403","address":"Thôn 1",\
                    "contact":{"name":"Nguyễn Văn A","phone":"0912345678","email":"htx@example.vn"}}"""), 201,
                    "register the producer");
        }
        return this;
    }

    /** A draft with every mandatory document attached; returns its id. */
    public String completeDraft(String productName) {
        OcopApi.Reply created = api.post(base + "/dossiers", PRODUCER, """
                {"roundId":"%s","producerId":"PR-4300100001","productName":"%s","productGroup":"FOOD_PROCESSED",\
                "description":"Sản phẩm thử tải"}""".formatted(roundId, productName));
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

    public OcopApi.Reply attach(String id, String documentType) {
        return api.upload(base + "/dossiers/" + id + "/attachments", PRODUCER, Map.of("documentType", documentType),
                documentType.toLowerCase() + ".pdf", "application/pdf", pdf(documentType));
    }

    public OcopApi.Reply submit(String id) {
        return api.post(base + "/dossiers/" + id + "/submit", PRODUCER, "{}");
    }

    public OcopApi.Reply accept(String id) {
        return api.post(base + "/dossiers/" + id + "/accept", DISTRICT, "{}");
    }

    public OcopApi.Reply dossier(String id) {
        return api.get(base + "/dossiers/" + id, PROVINCE);
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
                + "\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    static OcopApi.Reply require(OcopApi.Reply reply, int status, String what) {
        if (reply.status() != status) {
            throw new Load.Refused(reply.status(), "Could not " + what + ": expected " + status + ", got " + reply);
        }
        return reply;
    }
}
