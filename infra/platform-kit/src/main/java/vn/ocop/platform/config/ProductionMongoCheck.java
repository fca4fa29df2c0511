package vn.ocop.platform.config;

import com.mongodb.ConnectionString;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.env.Environment;

/**
 * The production profile's rule for MongoDB: the service logs in as its own database user (credentials in
 * {@code MONGODB_URI}) and talks TLS. Without credentials, anyone who reaches the replica set reads and rewrites
 * every database; without TLS the credentials and personal data cross the network in clear. TLS may be waived with
 * {@value #EXCEPTION} for a documented exception (a replica set on a private network, docs/security.md "MongoDB");
 * credentials may not.
 */
final class ProductionMongoCheck {

    static final String EXCEPTION = "ocop.production.allow-mongodb-without-tls";

    private ProductionMongoCheck() {}

    /** The URI is never echoed: it holds the password. */
    static void require(String uri, Environment environment) {
        ConnectionString parsed = new ConnectionString(uri);
        List<String> problems = new ArrayList<>();
        if (parsed.getCredential() == null) {
            // Boot ignores spring.mongodb.username/password beside a URI: naming them would send the operator astray
            problems.add("MONGODB_URI has no user: give this service its own database user in the URI "
                    + "(mongodb://<user>:<password>@host1,host2,host3/<database>?replicaSet=rs0; "
                    + "spring.mongodb.username is ignored when a URI is set)");
        }
        if (!tls(parsed, environment) && !environment.getProperty(EXCEPTION, Boolean.class, false)) {
            problems.add("MONGODB_URI does not ask for TLS: add tls=true to the URI (or set spring.mongodb.ssl.enabled"
                    + "=true or a spring.mongodb.ssl.bundle); only for a replica set on a private network set "
                    + EXCEPTION
                    + "=true (OCOP_PRODUCTION_ALLOW_MONGODB_WITHOUT_TLS), see docs/security.md \"MongoDB\"");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "Profile 'production' refuses to reach MongoDB this way: " + String.join("; ", problems));
        }
    }

    private static boolean tls(ConnectionString uri, Environment environment) {
        if (Boolean.TRUE.equals(uri.getSslEnabled())) {
            return true;
        }
        // Boot's ssl settings apply beside a URI (and win over its tls=false); a bundle turns TLS on unless
        // enabled=false says otherwise
        Boolean enabled = environment.getProperty("spring.mongodb.ssl.enabled", Boolean.class);
        if (enabled != null) {
            return enabled;
        }
        String bundle = environment.getProperty("spring.mongodb.ssl.bundle");
        return bundle != null && !bundle.isBlank();
    }
}
