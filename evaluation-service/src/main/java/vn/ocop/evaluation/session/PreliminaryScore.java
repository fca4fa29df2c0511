package vn.ocop.evaluation.session;

import java.time.Instant;

/** An advisory team's preliminary score: advice to the council, never part of the council's mean. */
public record PreliminaryScore(String score, String note, String recordedBy, Instant recordedAt) {}
