package vn.ocop.evaluation.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ocop.evaluation.criteria.CertificateTerms;
import vn.ocop.evaluation.testing.Sheets;

class CertificateTest {

    private final CertificateTerms terms = Sheets.QD1048.certificateTerms();

    @Test
    void isValidForThirtySixMonthsFromTheDecisionDate() {
        Certificate certificate = Certificate.issue("QNg-2020-001", 3, LocalDate.of(2020, 5, 29), terms);

        assertThat(certificate.validFrom()).isEqualTo(LocalDate.of(2020, 5, 29));
        assertThat(certificate.validUntil()).isEqualTo(LocalDate.of(2023, 5, 28));
        assertThat(certificate.isValidOn(LocalDate.of(2023, 5, 28))).isTrue();
        assertThat(certificate.isValidOn(LocalDate.of(2023, 5, 29))).isFalse();
        assertThat(certificate.isValidOn(LocalDate.of(2020, 5, 28))).isFalse();
    }

    @Test
    void expiresAtTheEndOfTheLastValidDayProvinceTime() {
        Certificate certificate = Certificate.issue("QNg-2020-001", 4, LocalDate.of(2020, 5, 29), terms);

        // midnight 29/5/2023 in Asia/Ho_Chi_Minh (UTC+7) is 17:00 UTC on 28/5
        assertThat(certificate.expiresAt()).isEqualTo(Instant.parse("2023-05-28T17:00:00Z"));
        assertThat(certificate.isExpiredAt(Instant.parse("2023-05-28T16:59:59Z")))
                .isFalse();
        assertThat(certificate.isExpiredAt(Instant.parse("2023-05-28T17:00:00Z")))
                .isTrue();
    }

    @Test
    void noticeFallsThirtyDaysBeforeTheLastValidDay() {
        Certificate certificate = Certificate.issue("QNg-2020-001", 3, LocalDate.of(2020, 5, 29), terms);

        assertThat(certificate.expiryNoticeDate()).isEqualTo(LocalDate.of(2023, 4, 28));
        assertThat(certificate.expiryNoticeDueOn(LocalDate.of(2023, 4, 27))).isFalse();
        assertThat(certificate.expiryNoticeDueOn(LocalDate.of(2023, 4, 28))).isTrue();
        assertThat(certificate.expiryNoticeDueOn(LocalDate.of(2023, 5, 29))).isFalse();
    }

    @Test
    void theLastValidDayIsTheDayBeforeTheAnniversaryEvenFromALeapDay() {
        Certificate certificate = Certificate.issue("QNg-2020-031", 3, LocalDate.of(2020, 2, 29), terms);

        assertThat(certificate.validUntil()).isEqualTo(LocalDate.of(2023, 2, 27));
    }

    @Test
    void onlyThreeStarsAndAboveEarnACertificate() {
        assertThatThrownBy(() -> Certificate.issue("X", 2, LocalDate.of(2020, 5, 29), terms))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
