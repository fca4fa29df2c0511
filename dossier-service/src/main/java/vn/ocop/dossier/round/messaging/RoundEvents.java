package vn.ocop.dossier.round.messaging;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.ocop.dossier.round.Round;
import vn.ocop.platform.events.EventFactory;
import vn.ocop.platform.events.OutboxEntry;

/** The round-scheduled event (key = round id), emitted when a round is scheduled or changed. */
@Component
public class RoundEvents {

    public static final String TOPIC = "ocop.dossier.events";
    public static final String ROUND_SCHEDULED = "vn.ocop.dossier.round-scheduled.v1";

    private final EventFactory events;

    public RoundEvents(EventFactory events) {
        this.events = events;
    }

    public OutboxEntry scheduled(Round r, String actor, Instant at) {
        return events.create(
                TOPIC,
                ROUND_SCHEDULED,
                r.id(),
                new RoundScheduled(
                        r.id(),
                        r.version(),
                        r.year(),
                        r.number(),
                        r.legalBasis(),
                        r.districtDeadline(),
                        r.provinceDeadline(),
                        r.open(),
                        at,
                        actor));
    }

    public record RoundScheduled(
            String roundId,
            long version,
            int year,
            int number,
            String legalBasis,
            LocalDate districtDeadline,
            LocalDate provinceDeadline,
            boolean open,
            Instant occurredAt,
            String actor) {}
}
