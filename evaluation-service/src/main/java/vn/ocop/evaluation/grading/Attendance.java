package vn.ocop.evaluation.grading;

import java.util.List;

/** Who attended a council session and whether that makes a valid meeting. */
public record Attendance(
        int required, List<CouncilMember> present, List<CouncilMember> absent, boolean chairMustAttend) {

    public Attendance {
        present = List.copyOf(present);
        absent = List.copyOf(absent);
    }

    public boolean chairPresent() {
        return present.stream().anyMatch(CouncilMember::isChair);
    }

    public boolean enoughMembers() {
        return present.size() >= required;
    }
}
