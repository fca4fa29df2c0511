package vn.ocop.notification.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ocop.notification.channel.DeliveryChannel;
import vn.ocop.notification.subscription.AlertScope;
import vn.ocop.notification.template.Language;

class ContactRulesTest {

    private static Contact officer(String phone, String email) {
        return new Contact(
                "ct-1",
                "Cán bộ",
                ContactRole.DISTRICT_OFFICER,
                "533",
                null,
                null,
                null,
                email,
                ContactRules.normalizePhone(phone),
                List.of(DeliveryChannel.SMS),
                Language.VI,
                null,
                1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0900000533", "+84900000533", "84900000533", "090 000 0533", "090.000.0533"})
    void acceptsVietnamesePhoneNumbersAsPeopleWriteThem(String phone) {
        assertThat(ContactRules.check(officer(phone, null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"900000533", "0000000533", "+1900000533", "09000005331", "0900-ABC-533"})
    void refusesOtherPhoneNumbersWithoutRepeatingThem(String phone) {
        var problems = ContactRules.check(officer(phone, null));
        assertThat(problems).extracting(ContactRules.Violation::field).containsExactly("phone");
        assertThat(problems.get(0).reason()).doesNotContain(ContactRules.normalizePhone(phone));
    }

    @Test
    void refusesMalformedEmailAndChannelsWithoutAnAddress() {
        Contact c = new Contact(
                "ct-2",
                "Cán bộ",
                ContactRole.PRODUCER,
                null,
                null,
                null,
                null,
                "a@b",
                null,
                List.of(DeliveryChannel.EMAIL, DeliveryChannel.SMS),
                Language.VI,
                null,
                1);
        assertThat(ContactRules.check(c))
                .extracting(ContactRules.Violation::field)
                .containsExactlyInAnyOrder("email", "phone", "producerId");
    }

    @Test
    void aContactHearsOnlyAlertsAboutTheUnitItsRoleCovers() {
        Contact district = officer("0900000533", null);
        assertThat(district.concerns(new AlertScope("533", "21403", "PR-1", null)))
                .isTrue();
        assertThat(district.concerns(new AlertScope("535", "21487", "PR-2", null)))
                .isFalse();
        assertThat(district.concerns(AlertScope.ofUnit("DIST-533"))).isFalse();
        Contact dard = new Contact(
                "ct-dard",
                "Sở",
                ContactRole.PROVINCE_OFFICER,
                null,
                null,
                "DARD",
                null,
                null,
                null,
                List.of(),
                Language.VI,
                null,
                1);
        assertThat(dard.concerns(new AlertScope("535", null, "PR-2", null))).isTrue();
    }
}
