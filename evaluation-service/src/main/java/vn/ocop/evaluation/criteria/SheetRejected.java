package vn.ocop.evaluation.criteria;

import java.util.List;
import java.util.stream.Collectors;

/** A criteria sheet was refused; every problem found is listed, not only the first. */
public class SheetRejected extends RuntimeException {

    private final String sheet;
    private final transient List<SheetProblem> problems;

    public SheetRejected(String sheet, List<SheetProblem> problems) {
        super("criteria sheet " + sheet + " refused:\n  "
                + problems.stream().map(SheetProblem::toString).collect(Collectors.joining("\n  ")));
        this.sheet = sheet;
        this.problems = List.copyOf(problems);
    }

    public String sheet() {
        return sheet;
    }

    public List<SheetProblem> problems() {
        return problems;
    }
}
