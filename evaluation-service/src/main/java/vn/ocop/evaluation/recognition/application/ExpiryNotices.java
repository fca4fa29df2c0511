package vn.ocop.evaluation.recognition.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import vn.ocop.evaluation.session.Evaluation;
import vn.ocop.evaluation.session.EvaluationChange;
import vn.ocop.evaluation.session.Recognition;
import vn.ocop.evaluation.session.application.EvaluationEvents;
import vn.ocop.evaluation.session.persistence.EvaluationStore;
import vn.ocop.platform.config.ProvinceTime;
import vn.ocop.platform.outbox.RelayLock;

/**
 * Tells certificate holders (through recognition-expiring / recognition-expired) that a certificate is
 * about to end or has ended. Runs on one instance at a time (a lease in MongoDB); each notice flag is
 * set in the same write as its event and guarded by the version, so each notice goes out exactly once
 * even if two runs overlap.
 */
@Service
public class ExpiryNotices {

    private static final Logger log = LoggerFactory.getLogger(ExpiryNotices.class);
    static final String ACTOR = "evaluation-service";

    private final EvaluationStore evaluations;
    private final EvaluationEvents events;
    private final RelayLock lock;
    private final Clock clock;
    private final Duration lease;

    public ExpiryNotices(
            EvaluationStore evaluations,
            EvaluationEvents events,
            RelayLock lock,
            Clock clock,
            @Value("${ocop.evaluation.expiry-check-lease:PT10M}") Duration lease) {
        this.evaluations = evaluations;
        this.events = events;
        this.lock = lock;
        this.clock = clock;
        this.lease = lease;
    }

    @Scheduled(
            fixedDelayString = "${ocop.evaluation.expiry-check-interval:PT1H}",
            initialDelayString = "${ocop.evaluation.expiry-check-initial-delay:PT1M}")
    public void scheduled() {
        if (lock.tryAcquire("recognition-expiry", lease)) {
            sendDue();
        }
    }

    /** Sends every notice due today (province calendar); returns how many were sent. */
    public int sendDue() {
        LocalDate today = ProvinceTime.today(clock);
        Instant now = clock.instant();
        int sent = 0;
        for (Evaluation e : evaluations.withPendingExpiryNotices()) {
            Recognition r = e.recognition();
            boolean expired = ProvinceTime.isPast(r.validUntil(), now);
            boolean expiringDue = !r.expiringNotified() && !expired && !today.isBefore(r.expiryNoticeDate());
            boolean expiredDue = !r.expiredNotified() && expired;
            if (expiringDue || expiredDue) {
                sent += send(e, expiredDue, now);
            }
        }
        return sent;
    }

    private int send(Evaluation e, boolean expired, Instant now) {
        EvaluationChange noticed = e.expiryNoticed(expired, ACTOR, now);
        try {
            evaluations.update(noticed.evaluation(), e.version(), events.of(noticed));
            return 1;
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            log.info("evaluation {} changed meanwhile; its notice is reconsidered on the next run", e.id());
            return 0;
        }
    }
}
