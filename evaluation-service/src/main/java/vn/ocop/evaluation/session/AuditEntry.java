package vn.ocop.evaluation.session;

import java.time.Instant;

/** A change to the evaluation with the acting user id (never contact data) and the version it produced. */
public record AuditEntry(String action, String actor, Instant at, long version, String detail) {}
