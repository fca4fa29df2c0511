package vn.ocop.notification.subscription;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import vn.ocop.notification.contact.ContactRole;

/**
 * Which roles receive which kinds of alert, and which alerts may wake people at night. Kept as data
 * ({@code subscriptions.json}) so that the province can change who hears what without a release.
 */
public final class Subscriptions {

    private final Map<ContactRole, Set<String>> typesByRole;
    private final Set<String> urgent;

    public Subscriptions(Map<ContactRole, Set<String>> typesByRole, Set<String> urgent) {
        this.typesByRole = Map.copyOf(typesByRole);
        this.urgent = Set.copyOf(urgent);
    }

    public Set<ContactRole> rolesFor(String alertType) {
        Set<ContactRole> roles = EnumSet.noneOf(ContactRole.class);
        typesByRole.forEach((role, types) -> {
            if (types.contains(alertType)) {
                roles.add(role);
            }
        });
        return roles;
    }

    public boolean urgent(String alertType) {
        return urgent.contains(alertType);
    }
}
