package vn.ocop.dossier.dossier;

import java.time.LocalDate;

/** Forwarding refused: the round's district deadline is over and the province granted no exception. */
public class DeadlinePassed extends RuntimeException {

    private final LocalDate deadline;

    public DeadlinePassed(LocalDate deadline) {
        super("The district deadline " + deadline + " has passed and the province granted no exception");
        this.deadline = deadline;
    }

    public LocalDate deadline() {
        return deadline;
    }
}
