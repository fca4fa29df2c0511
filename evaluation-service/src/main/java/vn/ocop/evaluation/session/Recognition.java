package vn.ocop.evaluation.session;

import java.time.LocalDate;

/**
 * The outcome of a recognition decision for this product: a certificate (3★ and above recognised at
 * province level) or a proposal to the centre (5★ candidates). The two notice flags are set in the
 * same write as the event they announce, so each notice is emitted exactly once.
 */
public record Recognition(
        String decisionNumber,
        LocalDate decisionDate,
        String signer,
        String certificateNumber,
        Integer stars,
        LocalDate validFrom,
        LocalDate validUntil,
        LocalDate expiryNoticeDate,
        boolean expiringNotified,
        boolean expiredNotified) {

    public boolean certified() {
        return certificateNumber != null;
    }

    public Recognition expiringNoticed() {
        return new Recognition(
                decisionNumber,
                decisionDate,
                signer,
                certificateNumber,
                stars,
                validFrom,
                validUntil,
                expiryNoticeDate,
                true,
                expiredNotified);
    }

    public Recognition expiredNoticed() {
        return new Recognition(
                decisionNumber,
                decisionDate,
                signer,
                certificateNumber,
                stars,
                validFrom,
                validUntil,
                expiryNoticeDate,
                expiringNotified,
                true);
    }
}
