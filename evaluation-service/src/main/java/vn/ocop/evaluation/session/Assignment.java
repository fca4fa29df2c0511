package vn.ocop.evaluation.session;

import java.time.LocalDate;

/** The council session an evaluation is put before and the score sheet (id and version) it is graded on. */
public record Assignment(String councilId, LocalDate sessionDate, String sheetId, int sheetVersion) {}
