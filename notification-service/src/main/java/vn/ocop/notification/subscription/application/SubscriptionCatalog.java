package vn.ocop.notification.subscription.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.notification.contact.ContactRole;
import vn.ocop.notification.subscription.Subscriptions;

/** Loads {@code subscriptions.json} (or the file named by {@code ocop.notification.subscriptions}). */
@Configuration(proxyBeanMethods = false)
public class SubscriptionCatalog {

    @Bean
    Subscriptions subscriptions(
            JsonMapper json, @Value("${ocop.notification.subscriptions:classpath:subscriptions.json}") Resource file) {
        try (InputStream in = file.getInputStream()) {
            return read(json, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Subscriptions read(JsonMapper json, InputStream in) {
        Data data = json.readValue(in, Data.class);
        Map<ContactRole, Set<String>> byRole = new EnumMap<>(ContactRole.class);
        data.roles().forEach((role, types) -> byRole.put(role, Set.copyOf(types)));
        return new Subscriptions(byRole, data.urgent() == null ? Set.of() : Set.copyOf(data.urgent()));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Data(Map<ContactRole, List<String>> roles, List<String> urgent) {}
}
