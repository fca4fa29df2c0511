package vn.ocop.client;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the lifecycle steps send: one record per form a portal fills in (null members are left out). */
public final class Forms {

    private Forms() {}

    /** An assessment round; {@code legalBasis} may be null (the service's default). */
    public record Round(
            int year, int number, String legalBasis, LocalDate districtDeadline, LocalDate provinceDeadline) {}

    public record Contact(String name, String phone, String email) {}

    /** A producer; {@code kind} e.g. {@code COOPERATIVE}, {@code address} and {@code contact} may be null. */
    public record Producer(
            String kind,
            String name,
            String registrationNumber,
            String districtCode,
            String communeCode,
            String address,
            Contact contact) {}

    /** A dossier of one product in a round; {@code productGroup} e.g. {@code FOOD_PROCESSED}. */
    public record Dossier(
            String roundId, String producerId, String productName, String productGroup, String description) {}

    /** A council seat; {@code role} is CHAIR, MEMBER or SECRETARY. */
    public record Seat(String userId, String name, String role) {}

    /** A council; {@code level} DISTRICT (unit = district code) or PROVINCE (unit = province code). */
    public record Council(String id, String name, String level, String unit, List<Seat> members) {
        public Council {
            members = List.copyOf(members);
        }
    }

    public record Decision(String decisionNumber, LocalDate decisionDate, String signer, List<String> dossierIds) {
        public Decision {
            dossierIds = List.copyOf(dossierIds);
        }
    }

    /** An ordered JSON object from alternating names and values; null values are left out. */
    public static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                map.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return map;
    }
}
