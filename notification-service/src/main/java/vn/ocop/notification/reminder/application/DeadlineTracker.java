package vn.ocop.notification.reminder.application;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.ocop.notification.reminder.persistence.DeadlineTrackingStore;
import vn.ocop.notification.unit.UnitDirectory;

/** Learns, from consumed events, the deadlines and the progress that the reminders are computed from. */
@Service
public class DeadlineTracker {

    private final DeadlineTrackingStore store;

    public DeadlineTracker(DeadlineTrackingStore store) {
        this.store = store;
    }

    public void roundScheduled(String roundId, long version, int year, int number, LocalDate districtDeadline) {
        store.round(roundId, version, year, number, districtDeadline);
    }

    /** The dossier's status after its latest event; only ACCEPTED dossiers are waiting to be forwarded. */
    public void dossierChanged(String dossierId, long version, String roundId, String districtCode, String status) {
        store.dossier(dossierId, version, roundId, districtCode, status);
    }

    public void periodScheduled(
            String periodId, long version, int year, int half, LocalDate dueDate, List<String> unitCodes) {
        store.period(periodId, version, year, half, dueDate, unitCodes);
    }

    public void reportSubmitted(String periodId, String unitCode) {
        store.reported(periodId, UnitDirectory.unitCode(unitCode));
    }
}
