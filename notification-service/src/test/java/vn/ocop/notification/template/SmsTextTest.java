package vn.ocop.notification.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsTextTest {

    @Test
    void foldsVietnameseDiacriticsAndDashToAscii() {
        SmsText sms = SmsText.ascii("Tỏi Lý Sơn – Đức Phổ");
        assertThat(sms.text()).isEqualTo("Toi Ly Son - Duc Pho");
        assertThat(sms.unicode()).isFalse();
    }

    @Test
    void foldsEveryVowelWithHornBreveAndToneMarks() {
        assertThat(SmsText.fold("Ước mơ đưa sản phẩm ổn định lên 4 sao: Trà Bồng, Tư Nghĩa, Ba Tơ"))
                .isEqualTo("Uoc mo dua san pham on dinh len 4 sao: Tra Bong, Tu Nghia, Ba To");
    }

    @Test
    void decomposedInputFoldsLikeComposedInput() {
        String nfd = java.text.Normalizer.normalize("Quảng Ngãi", java.text.Normalizer.Form.NFD);
        assertThat(SmsText.ascii(nfd).text()).isEqualTo("Quang Ngai");
    }

    @Test
    void cutsAsciiSmsToOneSegmentOf160() {
        SmsText sms = SmsText.ascii("Hồ sơ sản phẩm ".repeat(20));
        assertThat(SmsText.septets(sms.text())).isLessThanOrEqualTo(160);
        assertThat(sms.text()).endsWith("...").startsWith("Ho so san pham");
        assertThat(sms.segments()).isEqualTo(1);
    }

    @Test
    void countsExtensionCharactersAsTwoSeptets() {
        String withBraces = "{".repeat(100);
        SmsText sms = SmsText.ascii(withBraces);
        assertThat(SmsText.septets(sms.text())).isLessThanOrEqualTo(160);
        assertThat(sms.text()).hasSize(78 + 3);
    }

    @Test
    void replacesCharactersOutsideGsm7() {
        assertThat(SmsText.ascii("Giá 50.000₫ ✓").text()).isEqualTo("Gia 50.000? ?");
    }

    @Test
    void unicodeFormKeepsDiacriticsAndCountsSeventyCharSegments() {
        SmsText single = SmsText.unicode("Tỏi Lý Sơn – Đức Phổ");
        assertThat(single.text()).isEqualTo("Tỏi Lý Sơn – Đức Phổ");
        assertThat(single.segments()).isEqualTo(1);
        assertThat(SmsText.unicode("ă".repeat(70)).segments()).isEqualTo(1);
        assertThat(SmsText.unicode("ă".repeat(71)).segments()).isEqualTo(2);
        assertThat(SmsText.unicode("ă".repeat(135)).segments()).isEqualTo(3);
    }
}
