package vn.ocop.dossier.producer.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.ocop.dossier.common.DossierRefusal;
import vn.ocop.dossier.common.Found;
import vn.ocop.dossier.common.Paging;
import vn.ocop.dossier.producer.Producer;
import vn.ocop.dossier.producer.messaging.ProducerEvents;
import vn.ocop.dossier.producer.persistence.ProducerScope;
import vn.ocop.dossier.producer.persistence.ProducerStore;
import vn.ocop.dossier.reference.Location;
import vn.ocop.dossier.reference.ReferenceData;
import vn.ocop.platform.refusal.Refusal.FieldError;
import vn.ocop.platform.security.OcopUser;

/** Registering and maintaining producers, each officer within their own area. */
@Service
public class ProducerService {

    private final ProducerStore store;
    private final ProducerEvents events;
    private final ReferenceData reference;
    private final Clock clock;

    public ProducerService(ProducerStore store, ProducerEvents events, ReferenceData reference, Clock clock) {
        this.store = store;
        this.events = events;
        this.reference = reference;
        this.clock = clock;
    }

    public Producer register(OcopUser user, String registrationNumber, ProducerDetails d) {
        Location location = locateWithinScope(user, d);
        Instant now = clock.instant();
        Producer producer = Producer.register(
                d.kind(), d.name(), registrationNumber, location, d.address(), d.contact(), user.id(), now);
        producer.markAnnounced();
        try {
            store.insert(producer, List.of(events.registered(producer, user.id(), now)));
        } catch (DuplicateKeyException e) {
            throw new DossierRefusal.Conflict(
                            "duplicate-producer",
                            "A producer with registration number " + registrationNumber + " already exists",
                            "Đã có chủ thể với mã số đăng ký/mã số thuế " + registrationNumber,
                            List.of(new FieldError("registrationNumber", "is already registered", "đã được đăng ký")))
                    .with("field", "registrationNumber")
                    .with("existingId", Producer.idFor(registrationNumber));
        }
        return producer;
    }

    public Producer update(OcopUser user, String id, long ifMatch, ProducerDetails d) {
        Producer producer = get(user, id);
        DossierRefusal.requireVersion(ifMatch, producer.version());
        Location location = locateWithinScope(user, d);
        Instant now = clock.instant();
        producer.update(d.kind(), d.name(), location, d.address(), d.contact(), user.id(), now);
        producer.markAnnounced();
        // every change is announced, even a contact-only one: readers keep the latest version, nothing more
        store.update(producer, ifMatch, List.of(events.registered(producer, user.id(), now)));
        return producer;
    }

    public Producer get(OcopUser user, String id) {
        return store.find(id, ProducerScope.of(user)).orElseThrow(() -> new DossierRefusal.NotFound("producer", id));
    }

    public Found<Producer> list(OcopUser user, ProducerFilter filter, Paging paging) {
        return store.list(filter, ProducerScope.of(user), paging);
    }

    private Location locateWithinScope(OcopUser user, ProducerDetails d) {
        Location location = reference.units().locate(d.districtCode(), d.communeCode());
        if (!ProducerScope.officerCovers(user, location)) {
            throw new DossierRefusal.Forbidden(
                    "This producer lies outside your district or commune",
                    "Chủ thể này nằm ngoài địa bàn bạn phụ trách");
        }
        return location;
    }
}
