package vn.ocop.evaluation.grading;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import vn.ocop.evaluation.criteria.CertificateTerms;

/**
 * An OCOP certificate (3★ and above) and its validity. A certificate valid for 36 months from a
 * decision of 29 May 2020 is valid up to and including 28 May 2023: {@code validUntil} is the last
 * valid day, and validity ends at the end of that day, province time.
 */
public record Certificate(
        String number, int stars, LocalDate decisionDate, LocalDate validUntil, LocalDate expiryNoticeDate) {

    public static final ZoneId PROVINCE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int LOWEST_CERTIFIED_STARS = 3;

    public Certificate {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(decisionDate, "decisionDate");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(expiryNoticeDate, "expiryNoticeDate");
        if (stars < LOWEST_CERTIFIED_STARS || stars > 5) {
            throw new IllegalArgumentException("only 3 to 5 stars earn a certificate, not " + stars);
        }
    }

    /** The notice date leaves at least {@code expiryNoticeDays} full days before the last valid day ends. */
    public static Certificate issue(String number, int stars, LocalDate decisionDate, CertificateTerms terms) {
        LocalDate validUntil = decisionDate.plusMonths(terms.validityMonths()).minusDays(1);
        return new Certificate(number, stars, decisionDate, validUntil, validUntil.minusDays(terms.expiryNoticeDays()));
    }

    public LocalDate validFrom() {
        return decisionDate;
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(decisionDate) && !day.isAfter(validUntil);
    }

    /** The instant the certificate stops being valid: midnight after the last valid day, province time. */
    public Instant expiresAt() {
        return validUntil.plusDays(1).atStartOfDay(PROVINCE_ZONE).toInstant();
    }

    public boolean isExpiredAt(Instant instant) {
        return !instant.isBefore(expiresAt());
    }

    /** Whether the holder should have been warned by this day (and the certificate is not yet past its last day). */
    public boolean expiryNoticeDueOn(LocalDate day) {
        return !day.isBefore(expiryNoticeDate) && !day.isAfter(validUntil);
    }
}
