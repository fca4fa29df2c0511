package vn.ocop.platform.config;

import com.mongodb.ConnectionString;
import com.mongodb.ReadConcernLevel;
import com.mongodb.WriteConcern;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The production path (Spring profile {@code production}): adds {@code ocop-platform-production.properties} above
 * the kit defaults (so it wins over them) and below each service's {@code application.yml} and the environment,
 * then makes sure every MongoDB write is acknowledged by a majority and every read sees only majority-committed
 * data, whatever the operator put in {@code MONGODB_URI}: a write the old primary acknowledged alone can be rolled
 * back by an election, and with it an outbox entry (an event lost). It also refuses a URI without the service's own
 * credentials or without TLS ({@link ProductionMongoCheck}).
 *
 * <p>Registered in {@code META-INF/spring.factories} next to {@link PlatformDefaults}.
 */
public class ProductionProfile implements EnvironmentPostProcessor {

    public static final String PROFILE = "production";
    static final String SOURCE = "ocopPlatformProduction";
    static final String MONGO_SOURCE = "ocopProductionMongo";
    private static final String DEFAULTS_SOURCE = "ocopPlatformDefaults";
    private static final String MONGO_URI = "spring.mongodb.uri";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
            return;
        }
        MutablePropertySources sources = environment.getPropertySources();
        ResourcePropertySource production = load();
        if (sources.contains(DEFAULTS_SOURCE)) {
            sources.addBefore(DEFAULTS_SOURCE, production);
        } else {
            // PlatformDefaults has not run yet; it adds itself last, i.e. below this source
            sources.addLast(production);
        }
        ProductionKafkaCheck.require(environment);
        String uri;
        try {
            uri = environment.getRequiredProperty(MONGO_URI);
        } catch (IllegalArgumentException | IllegalStateException missing) {
            throw new IllegalStateException(
                    "Profile 'production' needs MONGODB_URI (the replica set URI with this "
                            + "service's database as path): " + missing.getMessage(),
                    missing);
        }
        ProductionMongoCheck.require(uri, environment);
        sources.addFirst(new MapPropertySource(MONGO_SOURCE, Map.of(MONGO_URI, withMajority(uri))));
    }

    /**
     * Adds {@code w=majority} and {@code readConcernLevel=majority} where the URI says nothing, and refuses a weaker
     * setting instead of overriding it silently (an operator who wrote {@code w=1} should learn it is not allowed).
     */
    public static String withMajority(String uri) {
        ConnectionString parsed = new ConnectionString(uri);
        List<String> missing = new ArrayList<>();
        WriteConcern w = parsed.getWriteConcern();
        if (w == null || w.getWObject() == null) {
            missing.add("w=majority");
        } else if (!WriteConcern.MAJORITY.getWString().equals(w.getWObject())) {
            throw new IllegalStateException("MONGODB_URI asks for write concern w=" + w.getWObject()
                    + "; production needs w=majority so that an election cannot roll back an acknowledged write");
        }
        ReadConcernLevel level =
                parsed.getReadConcern() == null ? null : parsed.getReadConcern().getLevel();
        if (level == null) {
            missing.add("readConcernLevel=majority");
        } else if (level != ReadConcernLevel.MAJORITY && level != ReadConcernLevel.LINEARIZABLE) {
            throw new IllegalStateException("MONGODB_URI asks for read concern " + level.getValue()
                    + "; production needs majority (or linearizable)");
        }
        if (missing.isEmpty()) {
            return uri;
        }
        String options = String.join("&", missing);
        if (uri.contains("?")) {
            return uri + (uri.endsWith("?") || uri.endsWith("&") ? "" : "&") + options;
        }
        String afterScheme = uri.substring(uri.indexOf("://") + 3);
        return uri + (afterScheme.contains("/") ? "" : "/") + "?" + options;
    }

    private static ResourcePropertySource load() {
        try {
            return new ResourcePropertySource(SOURCE, new ClassPathResource("ocop-platform-production.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
