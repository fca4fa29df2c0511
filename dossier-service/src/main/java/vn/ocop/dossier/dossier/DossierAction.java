package vn.ocop.dossier.dossier;

/** What can happen to a dossier; the ones people do through the API are {@link #byPeople}. */
public enum DossierAction {
    EDIT(true),
    SUBMIT(true),
    RETURN(true),
    ACCEPT(true),
    FORWARD(true),
    WITHDRAW(true),
    RECORD_DISTRICT_GRADE(false),
    RECORD_PROVINCE_GRADE(false),
    RECORD_RECOGNITION(false);

    private final boolean byPeople;

    DossierAction(boolean byPeople) {
        this.byPeople = byPeople;
    }

    public boolean byPeople() {
        return byPeople;
    }
}
