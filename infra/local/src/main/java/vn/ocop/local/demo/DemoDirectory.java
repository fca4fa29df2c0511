package vn.ocop.local.demo;

import static vn.ocop.local.demo.DemoPeople.PROVINCE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.ocop.client.OcopClient;
import vn.ocop.client.Reply;
import vn.ocop.local.EmbeddedPlatform;

/**
 * The demo's contact directory, created through notification-service's contacts API (the service seeds nothing):
 * one OCOP officer and one report writer per district, DARD, the reporting departments of letter 878 and the
 * communes of the token issuer's listed users. Every address is fictitious ({@code example.gov.vn}; phones 090x with
 * the unit's code). Producers' contacts follow their registration ({@link #addProducerContact}). Fixed ids make a
 * second run a no-op (409).
 */
public final class DemoDirectory {

    /** How long a producer's contact waits for notification-service to hear of the producer's registration. */
    static final Duration PRODUCER_KNOWN_LIMIT = Duration.ofSeconds(90);

    private static final String NOTIFICATION = "notification-service";
    private static final List<String> BOTH = List.of("EMAIL", "SMS");
    private static final Map<String, String> DISTRICT_USERS = Map.of(
            "533", "district.mo-duc", "535", "district.ba-to", "536", "district.ly-son", "524", "district.binh-son");
    /** The departments that report under letter 878/UBND-NNTN (notification-service's reference/units.json). */
    private static final Map<String, String> DEPARTMENTS = departments();

    private DemoDirectory() {}

    /** Creates the directory on a running platform; returns how many contacts were new. */
    public static int create(EmbeddedPlatform platform) {
        return create(http(platform), DemoCatalogue.load());
    }

    /**
     * Adds the contact of a producer, as {@code officer}: retried while notification-service answers that it does not
     * know the producer yet (its producer-registered event is on its way), for a bounded time.
     */
    public static void addProducerContact(EmbeddedPlatform platform, String officer, Map<String, Object> contact) {
        addProducerContact(http(platform), officer, contact);
    }

    static int create(OcopClient http, DemoCatalogue catalogue) {
        int created = 0;
        for (Map<String, Object> contact : contacts(catalogue)) {
            Reply r = http.post(NOTIFICATION, "/api/v1/contacts")
                    .as(PROVINCE)
                    .jsonOf(contact)
                    .expect("add contact " + contact.get("id"), 201, 409);
            if (r.status() == 201) {
                created++;
            }
        }
        return created;
    }

    static void addProducerContact(OcopClient http, String officer, Map<String, Object> contact) {
        Reply r = Polling.until(
                "notification-service to know producer " + contact.get("producerId"),
                PRODUCER_KNOWN_LIMIT,
                () -> http.post(NOTIFICATION, "/api/v1/contacts")
                        .as(officer)
                        .jsonOf(contact)
                        .send(),
                reply -> !unknownProducer(reply),
                reply -> reply.status() + " " + reply.body());
        r.expect("add contact of " + contact.get("producerId"), 201, 409);
    }

    private static boolean unknownProducer(Reply reply) {
        return reply.status() == 422
                && reply.problem().map(p -> "unknown-producer".equals(p.code())).orElse(false);
    }

    static List<Map<String, Object>> contacts(DemoCatalogue catalogue) {
        List<Map<String, Object>> contacts = new ArrayList<>();
        catalogue.districts().values().forEach(d -> {
            contacts.add(contact(
                    "ct-dist-" + d.code(),
                    "Cán bộ OCOP " + d.name() + " (demo)",
                    "DISTRICT_OFFICER",
                    d.code(),
                    null,
                    null,
                    "ocop.huyen" + d.code() + "@example.gov.vn",
                    "0900000" + d.code(),
                    DISTRICT_USERS.get(d.code())));
            contacts.add(contact(
                    "ct-unit-dist-" + d.code(),
                    "Báo cáo viên UBND " + d.name() + " (demo)",
                    "UNIT_REPORTER",
                    d.code(),
                    null,
                    "DIST-" + d.code(),
                    "baocao.huyen" + d.code() + "@example.gov.vn",
                    "0901000" + d.code(),
                    null));
        });
        contacts.add(contact(
                "ct-dard-ocop",
                "Phòng Phát triển nông thôn, Sở NN&PTNT (demo)",
                "PROVINCE_OFFICER",
                null,
                null,
                "DARD",
                "ocop.sonnptnt@example.gov.vn",
                "0900000051",
                "province.officer"));
        int index = 10;
        for (Map.Entry<String, String> unit : DEPARTMENTS.entrySet()) {
            String lower = unit.getKey().toLowerCase(Locale.ROOT);
            contacts.add(contact(
                    "ct-unit-" + lower,
                    "Báo cáo viên " + unit.getValue() + " (demo)",
                    "UNIT_REPORTER",
                    null,
                    null,
                    unit.getKey(),
                    "baocao." + lower + "@example.gov.vn",
                    "09020000" + index++,
                    "DARD".equals(unit.getKey()) ? "reporter.dard" : null));
        }
        contacts.add(commune(catalogue, "21403", "533", "commune.duc-loi"));
        contacts.add(commune(catalogue, "21487", "535", "commune.ba-dien"));
        return contacts;
    }

    private static Map<String, Object> commune(DemoCatalogue catalogue, String code, String district, String user) {
        return contact(
                "ct-commune-" + code,
                "Cán bộ " + catalogue.district(district).communes().get(code) + " (demo)",
                "COMMUNE_OFFICER",
                district,
                code,
                null,
                "ocop.xa" + code + "@example.gov.vn",
                "09040" + code,
                user);
    }

    private static Map<String, Object> contact(
            String id,
            String name,
            String role,
            String district,
            String commune,
            String unit,
            String email,
            String phone,
            String userId) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", id);
        c.put("name", name);
        c.put("role", role);
        c.put("districtCode", district);
        c.put("communeCode", commune);
        c.put("unitCode", unit);
        c.put("email", email);
        c.put("phone", phone);
        c.put("channels", BOTH);
        c.put("language", "vi");
        c.put("userId", userId);
        return c;
    }

    private static Map<String, String> departments() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("DARD", "Sở Nông nghiệp và Phát triển nông thôn");
        d.put("DOIT", "Sở Công Thương");
        d.put("DOF", "Sở Tài chính");
        d.put("DPI", "Sở Kế hoạch và Đầu tư");
        d.put("DOST", "Sở Khoa học và Công nghệ");
        d.put("DCST", "Sở Văn hóa, Thể thao và Du lịch");
        d.put("VCA", "Liên minh Hợp tác xã tỉnh");
        d.put("NTM", "Văn phòng Điều phối Chương trình MTQG xây dựng nông thôn mới tỉnh");
        return d;
    }

    private static OcopClient http(EmbeddedPlatform platform) {
        return DemoPeople.listedUsers(platform);
    }
}
