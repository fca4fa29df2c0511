package vn.ocop.notification.producer.persistence;

import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.ocop.notification.persistence.VersionedUpsert;
import vn.ocop.notification.producer.KnownProducer;

/** The producers this service has heard of ({@code producers}), one document per producer at its latest version. */
@Component
public class ProducerDirectoryStore {

    static final String COLLECTION = "producers";

    private final MongoTemplate mongo;

    public ProducerDirectoryStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Records the producer unless a newer or the same version is stored already; true when it wrote. */
    public boolean record(KnownProducer p) {
        return VersionedUpsert.ifNewer(
                mongo,
                COLLECTION,
                p.id(),
                "version",
                p.version(),
                new Update()
                        .set("kind", p.kind())
                        .set("name", p.name())
                        .set("registrationNumber", p.registrationNumber())
                        .set("districtCode", p.districtCode())
                        .set("communeCode", p.communeCode()));
    }

    public Optional<KnownProducer> find(String id) {
        return Optional.ofNullable(mongo.findById(id, KnownProducer.class, COLLECTION));
    }
}
