package vn.ocop.evaluation.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A provincial People's Committee decision as recorded: it only lists what happened to each product.
 * Each product's own recognition is written on its evaluation, together with its events.
 */
public record RecognitionDecision(
        String id, LocalDate decisionDate, String signer, List<Item> items, String recordedBy, Instant recordedAt) {

    /** What the decision did for one product. */
    public enum Outcome {
        RECOGNISED,
        PROPOSED_TO_CENTRE,
        ALREADY_DECIDED,
        NOT_ELIGIBLE,
        NOT_GRADED
    }

    public record Item(String evaluationId, Outcome outcome, String certificateNumber, Integer stars, String reason) {}

    public RecognitionDecision {
        items = List.copyOf(items);
    }
}
