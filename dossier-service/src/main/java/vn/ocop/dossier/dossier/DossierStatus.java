package vn.ocop.dossier.dossier;

import static vn.ocop.dossier.dossier.DossierAction.ACCEPT;
import static vn.ocop.dossier.dossier.DossierAction.EDIT;
import static vn.ocop.dossier.dossier.DossierAction.FORWARD;
import static vn.ocop.dossier.dossier.DossierAction.RECORD_DISTRICT_GRADE;
import static vn.ocop.dossier.dossier.DossierAction.RECORD_PROVINCE_GRADE;
import static vn.ocop.dossier.dossier.DossierAction.RECORD_RECOGNITION;
import static vn.ocop.dossier.dossier.DossierAction.RETURN;
import static vn.ocop.dossier.dossier.DossierAction.SUBMIT;
import static vn.ocop.dossier.dossier.DossierAction.WITHDRAW;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The dossier lifecycle: DRAFT → SUBMITTED → (RETURNED → SUBMITTED)* → ACCEPTED → DISTRICT_GRADED
 * → FORWARDED → PROVINCE_GRADED → RECOGNIZED, or NOT_RECOGNIZED when the province grades below
 * 3 stars; the producer may withdraw until the province has graded.
 */
public enum DossierStatus {
    DRAFT(EDIT, SUBMIT, WITHDRAW),
    SUBMITTED(RETURN, ACCEPT, WITHDRAW),
    RETURNED(EDIT, SUBMIT, WITHDRAW),
    ACCEPTED(RECORD_DISTRICT_GRADE, WITHDRAW),
    // a district council may re-grade before the dossier is forwarded
    DISTRICT_GRADED(FORWARD, RECORD_DISTRICT_GRADE, WITHDRAW),
    FORWARDED(RECORD_PROVINCE_GRADE, WITHDRAW),
    PROVINCE_GRADED(RECORD_PROVINCE_GRADE, RECORD_RECOGNITION),
    RECOGNIZED,
    NOT_RECOGNIZED,
    WITHDRAWN;

    private final Set<DossierAction> allowed;

    DossierStatus(DossierAction... allowed) {
        this.allowed = allowed.length == 0 ? EnumSet.noneOf(DossierAction.class) : EnumSet.copyOf(List.of(allowed));
    }

    public boolean allows(DossierAction action) {
        return allowed.contains(action);
    }

    /** The actions people may take now (shown when an action is refused). */
    public List<DossierAction> actionsForPeople() {
        return allowed.stream().filter(DossierAction::byPeople).toList();
    }

    public boolean isFinal() {
        return allowed.isEmpty();
    }
}
