package vn.ocop.notification.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TemplateRendererTest {

    private static final List<String> PARTS = List.of("subject", "txt", "html", "sms");
    private static final Pattern TAG = Pattern.compile("\\{\\{[#^/]?(\\w+)}}");

    private final TemplateRenderer renderer = new TemplateRenderer();

    /** A value for every placeholder any template may use, with diacritics wherever text goes. */
    private static Map<String, Object> sampleValues() {
        Map<String, Object> values = new HashMap<>();
        values.put("productName", "Tỏi Lý Sơn – Đức Phổ");
        values.put("producerName", "HTX Nông nghiệp Bình Hải");
        values.put("districtName", "huyện Lý Sơn");
        values.put("roundYear", 2020);
        values.put("roundNumber", 1);
        values.put("dossierId", "DOS-2020-0042");
        values.put("submittedOn", LocalDate.of(2020, 3, 20));
        values.put("returnedOn", LocalDate.of(2020, 3, 25));
        values.put("resubmission", false);
        values.put("reasons", List.of("Thiếu giấy chứng nhận an toàn thực phẩm", "Phiếu kiểm nghiệm quá hạn"));
        values.put("score", new BigDecimal("72.50"));
        values.put("stars", 4);
        values.put("qualifiesForProvince", true);
        values.put("certificateNumber", "51-2020-017");
        values.put("decisionNumber", "512/QĐ-UBND");
        values.put("decisionDate", LocalDate.of(2020, 5, 28));
        values.put("validFrom", LocalDate.of(2020, 5, 28));
        values.put("validUntil", LocalDate.of(2023, 5, 27));
        values.put("daysLeft", 3);
        values.put("daysOverdue", 2);
        values.put("unitName", "Sở Công Thương");
        values.put("ownerUnitName", "UBND huyện Mộ Đức");
        values.put("taskTitle", "Hỗ trợ xúc tiến thương mại sản phẩm OCOP");
        values.put("year", 2020);
        values.put("firstHalf", true);
        values.put("dueDate", LocalDate.of(2020, 6, 20));
        values.put("districtDeadline", LocalDate.of(2020, 4, 10));
        values.put("pendingDossiers", 5);
        values.put("acceptedOn", LocalDate.of(2020, 3, 23));
        values.put("forwardedOn", LocalDate.of(2020, 4, 8));
        values.put("districtScore", new BigDecimal("72.90"));
        values.put("districtStars", 4);
        values.put("late", true);
        return values;
    }

    @ParameterizedTest
    @EnumSource(TemplateType.class)
    void everyMessageExistsInVietnameseAndEnglishUsingOnlyItsDeclaredPlaceholders(TemplateType type) {
        for (Language language : Language.values()) {
            for (String part : PARTS) {
                String template = renderer.template(type, language, part);
                assertThat(template).as("%s %s %s", type, language, part).isNotBlank();
                Matcher tags = TAG.matcher(template);
                while (tags.find()) {
                    assertThat(type.placeholders())
                            .as("%s.%s.%s uses {{%s}}", type.id(), language.tag(), part, tags.group(1))
                            .contains(tags.group(1));
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TemplateType.class)
    void everyMessageRendersCompletelyWithDiacriticsKept(TemplateType type) {
        Map<String, Object> values = sampleValues();
        for (Language language : Language.values()) {
            RenderedEmail email = renderer.renderEmail(type, language, values);
            assertThat(email.subject()).doesNotContain("{{").doesNotContain("\n");
            assertThat(email.text()).doesNotContain("{{");
            assertThat(email.html()).doesNotContain("{{").contains("<html lang=\"" + language.tag() + "\"");
            assertThat(Normalizer.isNormalized(email.text(), Normalizer.Form.NFC))
                    .isTrue();
            SmsText ascii = renderer.renderSms(type, language, values, false);
            assertThat(ascii.text()).doesNotContain("{{");
            assertThat(SmsText.septets(ascii.text())).isLessThanOrEqualTo(160);
            assertThat(ascii.text().chars().allMatch(c -> c < 128))
                    .as(ascii.text())
                    .isTrue();
        }
    }

    @Test
    void vietnameseEmailKeepsDiacriticsOfTemplateAndValues() {
        RenderedEmail email = renderer.renderEmail(TemplateType.PRODUCT_RECOGNIZED, Language.VI, sampleValues());
        assertThat(email.subject()).isEqualTo("[OCOP] Sản phẩm Tỏi Lý Sơn – Đức Phổ được công nhận OCOP 4 sao");
        assertThat(email.text())
                .contains("Số giấy chứng nhận: 51-2020-017")
                .contains("Hiệu lực: từ 28/05/2020 đến 27/05/2023")
                .contains("Quyết định số 512/QĐ-UBND");
    }

    @Test
    void smsFoldsProductNameToAsciiWithinOneSegment() {
        SmsText sms = renderer.renderSms(TemplateType.PRODUCT_RECOGNIZED, Language.VI, sampleValues(), false);
        assertThat(sms.text()).startsWith("OCOP: \"Toi Ly Son - Duc Pho\" duoc cong nhan 4 sao");
        assertThat(SmsText.septets(sms.text())).isLessThanOrEqualTo(160);
    }

    @Test
    void unicodeSmsKeepsDiacritics() {
        SmsText sms = renderer.renderSms(TemplateType.PRODUCT_RECOGNIZED, Language.VI, sampleValues(), true);
        assertThat(sms.text()).contains("\"Tỏi Lý Sơn – Đức Phổ\" được công nhận 4 sao");
        assertThat(sms.unicode()).isTrue();
        assertThat(sms.segments()).isEqualTo((sms.text().length() + 66) / 67);
    }

    @Test
    void escapesMarkupInValuesOfTheHtmlBodyOnly() {
        Map<String, Object> values = sampleValues();
        values.put("productName", "Mật ong <script>alert('x')</script> & quế");
        RenderedEmail email = renderer.renderEmail(TemplateType.PRODUCT_RECOGNIZED, Language.VI, values);
        assertThat(email.html())
                .doesNotContain("<script>")
                .contains("Mật ong &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; quế");
        assertThat(email.text()).contains("Mật ong <script>alert('x')</script> & quế");
    }

    @Test
    void returnReasonsBecomeAListInEveryForm() {
        RenderedEmail email = renderer.renderEmail(TemplateType.DOSSIER_RETURNED, Language.VI, sampleValues());
        assertThat(email.text()).contains("- Thiếu giấy chứng nhận an toàn thực phẩm\n- Phiếu kiểm nghiệm quá hạn");
        assertThat(email.html())
                .contains(
                        "<ul><li>Thiếu giấy chứng nhận an toàn thực phẩm</li><li>Phiếu kiểm nghiệm quá hạn</li></ul>");
        SmsText sms = renderer.renderSms(TemplateType.DOSSIER_RETURNED, Language.VI, sampleValues(), true);
        assertThat(sms.text()).contains("Thiếu giấy chứng nhận an toàn thực phẩm; Phiếu kiểm nghiệm quá hạn");
    }

    @Test
    void booleanSectionsChooseTheMatchingSentence() {
        Map<String, Object> values = sampleValues();
        values.put("qualifiesForProvince", false);
        RenderedEmail notQualified = renderer.renderEmail(TemplateType.DISTRICT_GRADED, Language.EN, values);
        assertThat(notQualified.text())
                .contains("not enough to go on to the province")
                .doesNotContain("goes on to the provincial council");
        values.put("qualifiesForProvince", true);
        RenderedEmail qualified = renderer.renderEmail(TemplateType.DISTRICT_GRADED, Language.EN, values);
        assertThat(qualified.text())
                .contains("goes on to the provincial council")
                .doesNotContain("not enough");
    }

    @Test
    void halfYearReportNamesThePeriodInEachLanguage() {
        RenderedEmail vi = renderer.renderEmail(TemplateType.REPORT_DUE_REMINDER, Language.VI, sampleValues());
        RenderedEmail en = renderer.renderEmail(TemplateType.REPORT_DUE_REMINDER, Language.EN, sampleValues());
        assertThat(vi.subject()).endsWith("6 tháng đầu năm 2020");
        assertThat(en.subject()).endsWith("first half of 2020");
        assertThat(vi.text()).contains("trước ngày 20/06/2020");
    }

    @Test
    void refusesToRenderWithAMissingPlaceholder() {
        Map<String, Object> values = sampleValues();
        values.remove("certificateNumber");
        assertThatThrownBy(() -> renderer.renderEmail(TemplateType.PRODUCT_RECOGNIZED, Language.VI, values))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("certificateNumber");
    }

    @Test
    void unknownLanguageTagFallsBackToVietnamese() {
        assertThat(Language.fromTag("en-US")).isEqualTo(Language.EN);
        assertThat(Language.fromTag("fr")).isEqualTo(Language.VI);
        assertThat(Language.fromTag(null)).isEqualTo(Language.VI);
    }
}
