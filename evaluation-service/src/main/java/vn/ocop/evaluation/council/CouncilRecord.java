package vn.ocop.evaluation.council;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.ocop.evaluation.criteria.GradingLevel;
import vn.ocop.evaluation.grading.Council;
import vn.ocop.evaluation.grading.CouncilMember;
import vn.ocop.evaluation.grading.CouncilRole;
import vn.ocop.evaluation.grading.CouncilSettings;

/**
 * A council as stored: its client-chosen code (e.g. {@code HD-533}), level and unit (district code, or
 * the province code "51"), members by user id, and the quorum and spread rules it decides with.
 * Decimals are kept as text so that they are read back exactly.
 */
public record CouncilRecord(
        String id,
        long version,
        String name,
        GradingLevel level,
        String unit,
        List<Member> members,
        String quorumShare,
        boolean chairMustAttend,
        String maxSpread,
        String createdBy,
        Instant createdAt) {

    public record Member(String userId, String name, CouncilRole role) {}

    public CouncilRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(unit, "unit");
        members = List.copyOf(members);
    }

    /** The grading view of the council; refuses (IllegalArgumentException) a council without exactly one chair. */
    public Council toCouncil() {
        return new Council(
                id,
                level,
                members.stream()
                        .map(m -> new CouncilMember(m.userId(), m.name(), m.role()))
                        .toList(),
                settings());
    }

    public CouncilSettings settings() {
        return new CouncilSettings(new BigDecimal(quorumShare), chairMustAttend, new BigDecimal(maxSpread));
    }

    public boolean hasMember(String userId) {
        return members.stream().anyMatch(m -> m.userId().equals(userId));
    }

    /** The chair and the secretary close the session. */
    public boolean mayFinalise(String userId) {
        return members.stream()
                .anyMatch(m -> m.userId().equals(userId)
                        && (m.role() == CouncilRole.CHAIR || m.role() == CouncilRole.SECRETARY));
    }
}
