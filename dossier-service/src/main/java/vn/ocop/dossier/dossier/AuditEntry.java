package vn.ocop.dossier.dossier;

import java.time.Instant;

/** Any change to the dossier, status or not, with the acting user (never personal contact data). */
public record AuditEntry(String action, String actor, Instant at, long version, String detail) {}
