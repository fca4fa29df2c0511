package vn.ocop.dossier.dossier;

import java.time.Instant;

/** The province's permission to forward this dossier after the district deadline. */
public record DeadlineException(String reason, String grantedBy, Instant grantedAt) {}
