package vn.ocop.dossier.dossier.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.ocop.dossier.common.DossierRefusal;
import vn.ocop.dossier.common.Found;
import vn.ocop.dossier.common.Paging;
import vn.ocop.dossier.dossier.Checklist;
import vn.ocop.dossier.dossier.Dossier;
import vn.ocop.dossier.dossier.Origin;
import vn.ocop.dossier.dossier.messaging.DossierEvents;
import vn.ocop.dossier.dossier.persistence.DossierScope;
import vn.ocop.dossier.dossier.persistence.DossierStore;
import vn.ocop.dossier.producer.Producer;
import vn.ocop.dossier.producer.persistence.ProducerScope;
import vn.ocop.dossier.producer.persistence.ProducerStore;
import vn.ocop.dossier.reference.Location;
import vn.ocop.dossier.reference.ReferenceData;
import vn.ocop.dossier.round.Round;
import vn.ocop.dossier.round.persistence.RoundStore;
import vn.ocop.platform.config.ProvinceTime;
import vn.ocop.platform.security.OcopUser;

/**
 * The dossier use cases. Each loads the dossier within the caller's scope (404 outside it), lets the
 * aggregate decide, then writes state and events in one single-document write: a refused request
 * changes nothing and emits nothing.
 */
@Service
public class DossierService {

    private final DossierStore store;
    private final ProducerStore producers;
    private final RoundStore rounds;
    private final DossierEvents events;
    private final ReferenceData reference;
    private final Clock clock;

    public DossierService(
            DossierStore store,
            ProducerStore producers,
            RoundStore rounds,
            DossierEvents events,
            ReferenceData reference,
            Clock clock) {
        this.store = store;
        this.producers = producers;
        this.rounds = rounds;
        this.events = events;
        this.reference = reference;
        this.clock = clock;
    }

    public Dossier create(OcopUser user, NewDossier cmd) {
        Round round = rounds.find(cmd.roundId())
                .orElseThrow(() ->
                        new DossierRefusal.Invalid("roundId", "is not a known round", "không phải đợt đã lên lịch"));
        if (!round.open()) {
            throw new DossierRefusal.Conflict(
                            "round-closed",
                            "Round " + round.id() + " no longer takes dossiers",
                            "Đợt " + round.id() + " đã đóng, không nhận hồ sơ mới")
                    .with("roundId", round.id());
        }
        Producer producer = producers
                .find(cmd.producerId(), ProducerScope.of(user))
                .orElseThrow(() -> new DossierRefusal.NotFound("producer", cmd.producerId()));
        String sector = reference.classifications().sectorOf(round.legalBasis(), cmd.productGroup());
        Location l = producer.location();
        Origin origin = new Origin(
                round.id(),
                round.year(),
                round.legalBasis(),
                producer.id(),
                producer.name(),
                l.provinceCode(),
                l.districtCode(),
                l.districtName(),
                l.communeCode(),
                l.communeName());
        String id = "DOS-" + round.id() + "-"
                + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        Dossier dossier = Dossier.draft(
                id,
                origin,
                cmd.productName(),
                cmd.productGroup(),
                sector,
                cmd.description(),
                user.id(),
                clock.instant());
        store.insert(dossier, List.of());
        return dossier;
    }

    public Dossier edit(
            OcopUser user, String id, long ifMatch, String productName, String productGroup, String description) {
        Dossier d = get(user, id);
        DossierRefusal.requireVersion(ifMatch, d.version());
        String sector = reference.classifications().sectorOf(d.origin().legalBasis(), productGroup);
        d.edit(productName, productGroup, sector, description, user.id(), clock.instant());
        store.update(d, ifMatch, List.of());
        return d;
    }

    public Dossier submit(OcopUser user, String id) {
        Dossier d = get(user, id);
        long expected = d.version();
        Instant now = clock.instant();
        store.update(d, expected, List.of(events.of(d, d.submit(checklistOf(d), user.id(), now))));
        return d;
    }

    public Dossier returnForCompletion(OcopUser user, String id, List<String> reasons) {
        Dossier d = get(user, id);
        long expected = d.version();
        Instant now = clock.instant();
        store.update(d, expected, List.of(events.of(d, d.returnForCompletion(reasons, user.id(), now))));
        return d;
    }

    public Dossier accept(OcopUser user, String id) {
        Dossier d = get(user, id);
        long expected = d.version();
        Instant now = clock.instant();
        store.update(d, expected, List.of(events.of(d, d.accept(user.id(), now))));
        return d;
    }

    /** Forwards before the round's district deadline (end of that day in the province), or late under an exception. */
    public Dossier forward(OcopUser user, String id) {
        Dossier d = get(user, id);
        // a dossier is only created in a stored round and rounds are never deleted: a broken invariant, not a refusal
        Round round = rounds.find(d.origin().roundId())
                .orElseThrow(() -> new IllegalStateException("the round of dossier " + d.id() + " is missing"));
        long expected = d.version();
        Instant now = clock.instant();
        boolean passed = ProvinceTime.isPast(round.districtDeadline(), now);
        var threshold = reference.legalBases().find(d.origin().legalBasis()).forwardThreshold();
        var forwarded = d.forward(round.districtDeadline(), passed, threshold, user.id(), now);
        store.update(d, expected, List.of(events.of(d, forwarded)));
        return d;
    }

    public Dossier withdraw(OcopUser user, String id, String reason) {
        Dossier d = get(user, id);
        long expected = d.version();
        Instant now = clock.instant();
        store.update(d, expected, List.of(events.of(d, d.withdraw(reason, user.id(), now))));
        return d;
    }

    public Dossier grantDeadlineException(OcopUser user, String id, String reason) {
        Dossier d = get(user, id);
        long expected = d.version();
        d.grantDeadlineException(reason, user.id(), clock.instant());
        store.update(d, expected, List.of());
        return d;
    }

    public Dossier get(OcopUser user, String id) {
        return store.find(id, DossierScope.of(user)).orElseThrow(() -> new DossierRefusal.NotFound("dossier", id));
    }

    public Found<Dossier> list(OcopUser user, DossierFilter filter, Paging paging) {
        return store.list(filter, DossierScope.of(user), paging);
    }

    public Checklist checklistOf(Dossier d) {
        return reference.checklists().checklistFor(d.origin().legalBasis(), d.sector(), d.productGroup());
    }
}
