package vn.ocop.evaluation.grading;

import java.util.Objects;

public record CouncilMember(String id, String name, CouncilRole role) {

    public CouncilMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    public boolean isChair() {
        return role == CouncilRole.CHAIR;
    }
}
