package vn.ocop.evaluation.session;

/**
 * One answer on a member's sheet. Stored as a pair rather than a map because criterion codes such
 * as {@code A1.1} contain dots, which MongoDB does not accept in field names.
 */
public record Answer(String criterion, String option) {}
