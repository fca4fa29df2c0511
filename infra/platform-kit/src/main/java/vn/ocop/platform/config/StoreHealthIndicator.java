package vn.ocop.platform.config;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Readiness of the service's MongoDB store with the plain {@code ping} command, which both a real
 * MongoDB and the embedded mongo-java-server answer (Boot's own indicator sends {@code hello},
 * which mongo-java-server does not know).
 */
public class StoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    public StoreHealthIndicator(MongoTemplate mongo) {
        super("MongoDB store is unreachable");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document reply = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ping", reply.get("ok"));
    }
}
