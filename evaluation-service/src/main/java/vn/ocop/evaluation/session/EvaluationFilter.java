package vn.ocop.evaluation.session;

import vn.ocop.evaluation.criteria.GradingLevel;

/** List filters for evaluations; null means "any". */
public record EvaluationFilter(EvaluationStatus status, GradingLevel level, String districtCode, String councilId) {}
