package vn.ocop.dossier.round.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.ocop.dossier.common.DossierRefusal;
import vn.ocop.dossier.reference.LegalBasis;
import vn.ocop.dossier.reference.ReferenceData;
import vn.ocop.dossier.round.Round;
import vn.ocop.dossier.round.messaging.RoundEvents;
import vn.ocop.dossier.round.persistence.RoundStore;
import vn.ocop.platform.security.OcopUser;

/** Scheduling and closing intake rounds (province officers). */
@Service
public class RoundService {

    private final RoundStore store;
    private final RoundEvents events;
    private final ReferenceData reference;
    private final Clock clock;

    public RoundService(RoundStore store, RoundEvents events, ReferenceData reference, Clock clock) {
        this.store = store;
        this.events = events;
        this.reference = reference;
        this.clock = clock;
    }

    /** Schedules a round; without a legal basis the one in force on the district deadline applies. */
    public Round schedule(
            OcopUser user,
            int year,
            int number,
            String legalBasis,
            LocalDate districtDeadline,
            LocalDate provinceDeadline) {
        LegalBasis basis = legalBasis == null
                ? reference.legalBases().inForceOn(districtDeadline)
                : reference.legalBases().find(legalBasis);
        Instant now = clock.instant();
        Round round;
        try {
            round = Round.schedule(year, number, basis.code(), districtDeadline, provinceDeadline, user.id(), now);
        } catch (IllegalArgumentException e) {
            throw new DossierRefusal.Invalid(
                    "provinceDeadline",
                    e.getMessage(),
                    "hạn cấp tỉnh không được trước hạn cấp huyện, hạn cấp huyện thuộc năm của đợt");
        }
        try {
            store.insert(round, List.of(events.scheduled(round, user.id(), now)));
        } catch (DuplicateKeyException e) {
            throw new DossierRefusal.Conflict(
                            "duplicate-round",
                            "Round " + round.id() + " already exists",
                            "Đợt " + round.id() + " đã tồn tại")
                    .with("field", "number");
        }
        return round;
    }

    public Round close(OcopUser user, String id) {
        Round round = get(id);
        long expected = round.version();
        Instant now = clock.instant();
        if (round.close(user.id(), now)) {
            store.update(round, expected, List.of(events.scheduled(round, user.id(), now)));
        }
        return round;
    }

    public Round get(String id) {
        return store.find(id).orElseThrow(() -> new DossierRefusal.NotFound("round", id));
    }

    public List<Round> list(Integer year) {
        return store.list(year);
    }
}
