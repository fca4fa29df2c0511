package vn.ocop.evaluation.council.application;

import java.math.BigDecimal;
import java.util.List;
import vn.ocop.evaluation.criteria.GradingLevel;
import vn.ocop.evaluation.grading.CouncilRole;

/** What an officer sends to set up a council; optional settings fall back to 3/4 with the chair and 10 points. */
public record NewCouncil(
        String id,
        String name,
        GradingLevel level,
        String unit,
        List<Member> members,
        BigDecimal quorumShare,
        Boolean chairMustAttend,
        BigDecimal maxSpread) {

    public record Member(String userId, String name, CouncilRole role) {}
}
