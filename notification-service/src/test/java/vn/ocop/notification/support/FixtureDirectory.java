package vn.ocop.notification.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import vn.ocop.notification.channel.DeliveryChannel;
import vn.ocop.notification.contact.Contact;
import vn.ocop.notification.contact.ContactRole;
import vn.ocop.notification.contact.persistence.ContactStore;
import vn.ocop.notification.producer.KnownProducer;
import vn.ocop.notification.producer.persistence.ProducerDirectoryStore;
import vn.ocop.notification.template.Language;
import vn.ocop.notification.unit.UnitDirectory;

/**
 * The directory the service tests route alerts to, written straight into the store (the service itself seeds
 * nothing): one OCOP officer and one report writer per district, DARD, the reporting departments of letter 878, the
 * communes and producers of the token issuer's listed users, and those producers in the producer registry as their
 * producer-registered events would have put them. Every address is fictitious ({@code example.gov.vn},
 * {@code example.com}; phones 090x with the unit's code).
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixtureDirectory {

    private static final List<DeliveryChannel> BOTH = List.of(DeliveryChannel.EMAIL, DeliveryChannel.SMS);
    private static final Map<String, String> DISTRICT_USERS = Map.of(
            "533", "district.mo-duc", "535", "district.ba-to", "536", "district.ly-son", "524", "district.binh-son");

    @Bean
    ApplicationRunner fixtureDirectory(ContactStore contacts, ProducerDirectoryStore producers, UnitDirectory units) {
        return args -> {
            producers.record(new KnownProducer(
                    "PR-4300100001", 1, "COOPERATIVE", "HTX Nông nghiệp Đức Lợi", "4300100001", "533", "21403"));
            producers.record(
                    new KnownProducer("PR-4300100002", 1, "COOPERATIVE", "HTX Ba Điền", "4300100002", "535", "21487"));
            producers.record(
                    new KnownProducer("PR-4300100003", 1, "HOUSEHOLD", "Cơ sở Tỏi Lý Sơn", "4300100003", "536", null));
            for (Contact contact : contacts(units)) {
                try {
                    contacts.insert(contact);
                } catch (DuplicateKeyException alreadyThere) {
                    // an earlier test context on the same database wrote it
                }
            }
        };
    }

    static List<Contact> contacts(UnitDirectory units) {
        List<Contact> contacts = new ArrayList<>();
        units.districts().forEach((code, name) -> {
            contacts.add(new Contact(
                    "ct-dist-" + code,
                    "Cán bộ OCOP " + name + " (demo)",
                    ContactRole.DISTRICT_OFFICER,
                    code,
                    null,
                    null,
                    null,
                    "ocop.huyen" + code + "@example.gov.vn",
                    "0900000" + code,
                    BOTH,
                    Language.VI,
                    DISTRICT_USERS.get(code),
                    1));
            contacts.add(new Contact(
                    "ct-unit-dist-" + code,
                    "Báo cáo viên UBND " + name + " (demo)",
                    ContactRole.UNIT_REPORTER,
                    code,
                    null,
                    UnitDirectory.DISTRICT_UNIT_PREFIX + code,
                    null,
                    "baocao.huyen" + code + "@example.gov.vn",
                    "0901000" + code,
                    BOTH,
                    Language.VI,
                    null,
                    1));
        });
        contacts.add(new Contact(
                "ct-dard-ocop",
                "Phòng Phát triển nông thôn, Sở NN&PTNT (demo)",
                ContactRole.PROVINCE_OFFICER,
                null,
                null,
                "DARD",
                null,
                "ocop.sonnptnt@example.gov.vn",
                "0900000051",
                BOTH,
                Language.VI,
                "province.officer",
                1));
        int index = 10;
        for (String unit : units.departments().keySet()) {
            contacts.add(new Contact(
                    "ct-unit-" + unit.toLowerCase(Locale.ROOT),
                    "Báo cáo viên " + units.unitName(unit) + " (demo)",
                    ContactRole.UNIT_REPORTER,
                    null,
                    null,
                    unit,
                    null,
                    "baocao." + unit.toLowerCase(Locale.ROOT) + "@example.gov.vn",
                    "09020000" + index++,
                    BOTH,
                    Language.VI,
                    "DARD".equals(unit) ? "reporter.dard" : null,
                    1));
        }
        contacts.add(commune("21403", "533", "Xã Đức Lợi", "commune.duc-loi"));
        contacts.add(commune("21487", "535", "Xã Ba Điền", "commune.ba-dien"));
        contacts.add(producer("4300100001", "HTX Nông nghiệp Đức Lợi (demo)", "533", "21403", "producer.mo-duc"));
        contacts.add(producer("4300100002", "HTX Ba Điền (demo)", "535", "21487", "producer.ba-to"));
        contacts.add(producer("4300100003", "Cơ sở Tỏi Lý Sơn (demo)", "536", null, "producer.ly-son"));
        return contacts;
    }

    private static Contact commune(String code, String district, String name, String user) {
        return new Contact(
                "ct-commune-" + code,
                "Cán bộ " + name + " (demo)",
                ContactRole.COMMUNE_OFFICER,
                district,
                code,
                null,
                null,
                "ocop.xa" + code + "@example.gov.vn",
                "09040" + code,
                BOTH,
                Language.VI,
                user,
                1);
    }

    private static Contact producer(String taxCode, String name, String district, String commune, String user) {
        return new Contact(
                "ct-producer-" + taxCode,
                name,
                ContactRole.PRODUCER,
                district,
                commune,
                null,
                "PR-" + taxCode,
                "chuthe." + taxCode + "@example.com",
                "0903" + taxCode.substring(4),
                BOTH,
                Language.VI,
                user,
                1);
    }
}
