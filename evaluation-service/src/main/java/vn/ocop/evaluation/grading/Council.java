package vn.ocop.evaluation.grading;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.ocop.evaluation.criteria.GradingLevel;

/** An evaluation council (hội đồng đánh giá, phân hạng) at one level with exactly one chair. */
public record Council(String id, GradingLevel level, List<CouncilMember> members, CouncilSettings settings) {

    public Council {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(settings, "settings");
        members = List.copyOf(members);
        Set<String> ids = new HashSet<>();
        for (CouncilMember member : members) {
            if (!ids.add(member.id())) {
                throw new IllegalArgumentException("council " + id + " lists member " + member.id() + " twice");
            }
        }
        long chairs = members.stream().filter(CouncilMember::isChair).count();
        if (chairs != 1) {
            throw new IllegalArgumentException("council " + id + " needs exactly one chair, has " + chairs);
        }
    }

    public Optional<CouncilMember> member(String memberId) {
        return members.stream().filter(m -> m.id().equals(memberId)).findFirst();
    }

    public CouncilMember chair() {
        return members.stream().filter(CouncilMember::isChair).findFirst().orElseThrow();
    }

    public Attendance attendance(Collection<String> presentIds) {
        List<CouncilMember> present =
                members.stream().filter(m -> presentIds.contains(m.id())).toList();
        List<CouncilMember> absent =
                members.stream().filter(m -> !presentIds.contains(m.id())).toList();
        return new Attendance(settings.quorumFor(members.size()), present, absent, settings.chairMustAttend());
    }
}
