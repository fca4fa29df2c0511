package vn.ocop.evaluation.session;

/** The first-level result a forwarded dossier arrived with; shown to the provincial council for reference only. */
public record EarlierResult(String score, Integer stars) {}
