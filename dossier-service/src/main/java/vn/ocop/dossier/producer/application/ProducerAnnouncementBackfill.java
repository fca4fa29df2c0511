package vn.ocop.dossier.producer.application;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import vn.ocop.dossier.producer.Producer;
import vn.ocop.dossier.producer.messaging.ProducerEvents;
import vn.ocop.dossier.producer.persistence.ProducerStore;

/**
 * At start-up, announces the producers stored before the producer-registered event existed (no announced
 * version): for each, one write puts the event with its current version in its outbox and marks it announced; the
 * relay publishes it. Several instances may do it at once: readers keep the latest version and ignore a repeat.
 */
@Component
public class ProducerAnnouncementBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProducerAnnouncementBackfill.class);
    static final int PAGE = 500;

    private final ProducerStore store;
    private final ProducerEvents events;

    public ProducerAnnouncementBackfill(ProducerStore store, ProducerEvents events) {
        this.store = store;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            announceUnannounced();
        } catch (DataAccessException e) {
            // the store is away: serve anyway, the next start finds the rest
            log.warn(
                    "producer backfill stopped, the next start resumes: {}",
                    e.getClass().getSimpleName());
        }
    }

    /** Announces every producer never announced, a page at a time; returns how many it announced. */
    public int announceUnannounced() {
        int announced = 0;
        int changedMeanwhile = 0;
        String after = null;
        List<Producer> page;
        do {
            page = store.unannounced(after, PAGE);
            for (Producer p : page) {
                p.markAnnounced();
                try {
                    // the state as it stands, made by its last editor: the event a write of the new code would carry
                    store.update(p, p.version(), List.of(events.registered(p, p.updatedBy(), p.updatedAt())));
                    announced++;
                } catch (OptimisticLockingFailureException e) {
                    // an officer changed it since the read, and that change announced it
                    changedMeanwhile++;
                }
                after = p.id();
            }
        } while (page.size() == PAGE);
        if (announced + changedMeanwhile > 0) {
            log.info(
                    "producer backfill: {} producers announced, {} changed meanwhile (announced by the change)",
                    announced,
                    changedMeanwhile);
        }
        return announced;
    }
}
