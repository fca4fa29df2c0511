package vn.ocop.notification.config;

import java.util.List;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * The production profile refuses to start while a deployment still asks for demo contacts. The service seeds none any
 * more (the embedded demo creates its directory through the API), so a leftover setting is a mistake to be told of,
 * not silently ignored: it once filled an empty production directory with invented phone numbers and e-mails.
 *
 * <p>Runs right after the configuration files are read (so it sees them and the active profiles) and before the
 * kit's production checks. Registered in {@code META-INF/spring.factories}.
 */
public class NoDemoSeedingInProduction implements EnvironmentPostProcessor, Ordered {

    static final String PROFILE = "production";
    /** The settings that turned demo seeding on, by property name and by environment variable. */
    static final List<String> DEMO_SEEDING = List.of("ocop.notification.contacts.seed-demo", "OCOP_SEED_DEMO_CONTACTS");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
            return;
        }
        for (String setting : DEMO_SEEDING) {
            String value = environment.getProperty(setting);
            if (value != null && !"false".equalsIgnoreCase(value.strip())) {
                throw new IllegalStateException("Profile 'production' refuses " + setting + "=" + value.strip()
                        + ": demo contacts (invented phones and e-mails) never go into a production directory; "
                        + "the embedded demo creates its own through the contacts API. Remove " + setting + ".");
            }
        }
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
