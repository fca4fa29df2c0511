package vn.ocop.evaluation.criteria;

/** How long an OCOP certificate stays valid and how early its holder is warned before expiry. */
public record CertificateTerms(int validityMonths, int expiryNoticeDays) {

    public static final CertificateTerms STANDARD = new CertificateTerms(36, 30);

    public CertificateTerms {
        if (validityMonths < 1 || expiryNoticeDays < 0) {
            throw new IllegalArgumentException("validity must be positive and notice not negative");
        }
    }
}
