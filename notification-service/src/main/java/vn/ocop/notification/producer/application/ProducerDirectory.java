package vn.ocop.notification.producer.application;

import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.ocop.notification.producer.KnownProducer;
import vn.ocop.notification.producer.persistence.ProducerDirectoryStore;

/**
 * Which producers exist and where, learnt from dossier-service's producer-registered events (the only way this
 * service learns of producers: services never call each other for business flow).
 */
@Service
public class ProducerDirectory {

    private final ProducerDirectoryStore store;

    public ProducerDirectory(ProducerDirectoryStore store) {
        this.store = store;
    }

    /** Applies a producer-registered event; a repeated or older one changes nothing. */
    public void registered(KnownProducer producer) {
        store.record(producer);
    }

    public Optional<KnownProducer> find(String producerId) {
        return store.find(producerId);
    }
}
