package vn.ocop.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void keepsFirstTwoAndLastThreeDigitsOfAPhone() {
        assertThat(Masking.phone("0912345123")).isEqualTo("09*****123");
    }

    @Test
    void masksInternationalAndSpacedPhonesWithoutLeakingTheMiddle() {
        assertThat(Masking.phone("+84 912 345 123")).isEqualTo("+8*******123");
        assertThat(Masking.phone("0912.345.123")).doesNotContain("345");
    }

    @Test
    void hidesVeryShortNumbersEntirely() {
        assertThat(Masking.phone("1234")).isEqualTo("****");
        assertThat(Masking.phone(null)).isEmpty();
    }

    @Test
    void keepsOnlyFirstLetterAndDomainOfAnEmail() {
        assertThat(Masking.email("nguyen.van.an@quangngai.gov.vn")).isEqualTo("n***@quangngai.gov.vn");
        assertThat(Masking.email("not-an-address")).isEqualTo("***");
    }

    @Test
    void requestsNeverPrintTheirPhoneOrAddress() {
        SmsRequest sms = new SmsRequest("d-1", "0912345123", "text", null, false);
        EmailMessage mail = new EmailMessage("d-2", "an@quangngai.gov.vn", "s", "t", "<p>h</p>");
        assertThat(sms.toString()).contains("09*****123").doesNotContain("0912345123");
        assertThat(mail.toString()).doesNotContain("an@quangngai.gov.vn");
    }
}
