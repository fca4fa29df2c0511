package vn.ocop.dossier.producer.messaging;

import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.ocop.dossier.producer.Producer;
import vn.ocop.dossier.producer.ProducerKind;
import vn.ocop.platform.events.EventFactory;
import vn.ocop.platform.events.OutboxEntry;

/**
 * The producer-registered event (key = producer id), emitted on registration and on every change, so that other
 * services know which producers exist and where. It carries the registry's facts only: never the contact person,
 * phone, e-mail or address.
 */
@Component
public class ProducerEvents {

    public static final String TOPIC = "ocop.dossier.events";
    public static final String PRODUCER_REGISTERED = "vn.ocop.dossier.producer-registered.v1";

    private final EventFactory events;

    public ProducerEvents(EventFactory events) {
        this.events = events;
    }

    public OutboxEntry registered(Producer p, String actor, Instant at) {
        return events.create(
                TOPIC,
                PRODUCER_REGISTERED,
                p.id(),
                new ProducerRegistered(
                        p.id(),
                        p.version(),
                        p.kind(),
                        p.name(),
                        p.registrationNumber(),
                        p.location().provinceCode(),
                        p.location().districtCode(),
                        p.location().communeCode(),
                        at,
                        actor));
    }

    public record ProducerRegistered(
            String producerId,
            long version,
            ProducerKind kind,
            String name,
            String registrationNumber,
            String provinceCode,
            String districtCode,
            String communeCode,
            Instant occurredAt,
            String actor) {}
}
