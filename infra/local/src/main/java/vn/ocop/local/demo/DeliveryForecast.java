package vn.ocop.local.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * How many e-mails and SMS the demo's own events should cause, worked out from the contact directory and the
 * routing that notification-service documents ("Who hears what", its default {@code subscriptions.json}): each
 * subscribed contact whose unit the event concerns, once per channel it can be reached on. The demo compares
 * this forecast with the delivery log; a difference means an alert was lost, doubled or routed elsewhere.
 */
final class DeliveryForecast {

    static final String SUBMITTED = "vn.ocop.dossier.submitted.v1";
    static final String RETURNED = "vn.ocop.dossier.returned.v1";
    static final String ACCEPTED = "vn.ocop.dossier.accepted.v1";
    static final String FORWARDED = "vn.ocop.dossier.forwarded.v1";
    static final String DISTRICT_GRADED = "vn.ocop.evaluation.district-graded.v1";
    static final String PROVINCE_GRADED = "vn.ocop.evaluation.province-graded.v1";
    static final String RECOGNIZED = "vn.ocop.evaluation.product-recognized.v1";

    /** notification-service's default subscriptions for the events the demo causes. */
    private static final Map<String, Set<String>> ROLES = Map.of(
            SUBMITTED, Set.of("DISTRICT_OFFICER"),
            RETURNED, Set.of("PRODUCER", "COMMUNE_OFFICER"),
            ACCEPTED, Set.of("PRODUCER"),
            FORWARDED, Set.of("PROVINCE_OFFICER"),
            DISTRICT_GRADED, Set.of("PRODUCER", "DISTRICT_OFFICER"),
            PROVINCE_GRADED, Set.of("PRODUCER", "DISTRICT_OFFICER"),
            RECOGNIZED, Set.of("PRODUCER", "DISTRICT_OFFICER", "COMMUNE_OFFICER", "PROVINCE_OFFICER"));

    private record Contact(String role, String districtCode, String communeCode, String producerId, int channels) {}

    private final List<Contact> contacts = new ArrayList<>();
    private final Map<String, Integer> expected = new TreeMap<>();

    /** @param directory the answer of GET /api/v1/contacts read by a province officer */
    DeliveryForecast(JsonNode directory) {
        for (JsonNode c : directory) {
            int channels = 0;
            for (JsonNode channel : c.path("channels")) {
                String address = "EMAIL".equals(channel.asString()) ? text(c, "email") : text(c, "phone");
                if (address != null) {
                    channels++;
                }
            }
            contacts.add(new Contact(
                    text(c, "role"), text(c, "districtCode"), text(c, "communeCode"), text(c, "producerId"), channels));
        }
        ROLES.keySet().forEach(type -> expected.put(type, 0));
    }

    /** Records one event of {@code type} about a dossier of that producer, district and commune. */
    synchronized void event(String type, String districtCode, String communeCode, String producerId) {
        int deliveries = 0;
        for (Contact c : contacts) {
            if (ROLES.get(type).contains(c.role()) && concerns(c, districtCode, communeCode, producerId)) {
                deliveries += c.channels();
            }
        }
        expected.merge(type, deliveries, Integer::sum);
    }

    synchronized Map<String, Integer> expected() {
        return new TreeMap<>(expected);
    }

    private static boolean concerns(Contact c, String district, String commune, String producer) {
        return switch (c.role()) {
            case "PROVINCE_OFFICER" -> true;
            case "DISTRICT_OFFICER" ->
                c.districtCode() != null && c.districtCode().equals(district);
            case "COMMUNE_OFFICER" -> c.communeCode() != null && c.communeCode().equals(commune);
            case "PRODUCER" -> c.producerId() != null && c.producerId().equals(producer);
            default -> false;
        };
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asString().isBlank() ? null : value.asString();
    }
}
