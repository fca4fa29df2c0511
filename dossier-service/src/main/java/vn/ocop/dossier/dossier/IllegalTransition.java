package vn.ocop.dossier.dossier;

import java.util.List;

/** An action the dossier's current status does not allow. */
public class IllegalTransition extends RuntimeException {

    private final DossierStatus current;
    private final DossierAction action;

    public IllegalTransition(DossierStatus current, DossierAction action) {
        super("A dossier in status " + current + " cannot " + action.name().toLowerCase().replace('_', ' ')
                + "; allowed now: " + current.actionsForPeople());
        this.current = current;
        this.action = action;
    }

    public DossierStatus current() {
        return current;
    }

    public DossierAction action() {
        return action;
    }

    public List<DossierAction> allowedActions() {
        return current.actionsForPeople();
    }
}
