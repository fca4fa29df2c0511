package vn.ocop.evaluation.session;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An evaluation after a change and what the change meant to the outside world, in order: the facts its
 * events are built from, so that the aggregate, not the caller, decides what happened.
 */
public record EvaluationChange(Evaluation evaluation, List<Happened> happened) {

    public EvaluationChange {
        Objects.requireNonNull(evaluation, "evaluation");
        happened = List.copyOf(happened);
    }

    /** One thing that happened, by whom and when. */
    public sealed interface Happened permits Graded, Recognised, FiveStarProposed, ExpiryNoticed {
        String actor();

        Instant at();
    }

    /** The council's result is final: a first-level or a provincial result. */
    public record Graded(String actor, Instant at) implements Happened {}

    /** A recognition decision certified the product. */
    public record Recognised(String actor, Instant at) implements Happened {}

    /** The province proposes the product to the centre for 5 stars. */
    public record FiveStarProposed(String actor, Instant at) implements Happened {}

    /** The holder was told that the certificate ends soon ({@code expired} false) or has ended. */
    public record ExpiryNoticed(boolean expired, String actor, Instant at) implements Happened {}
}
