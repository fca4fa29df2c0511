package vn.ocop.notification.contact;

import java.util.List;
import java.util.Objects;
import vn.ocop.notification.channel.DeliveryChannel;
import vn.ocop.notification.channel.Masking;
import vn.ocop.notification.subscription.AlertScope;
import vn.ocop.notification.template.Language;

/**
 * A person (or a unit's mailbox) that receives alerts, with the unit its role applies to.
 *
 * @param userId the platform user this contact belongs to, if any (lets that user read their own unmasked data)
 */
public record Contact(
        String id,
        String name,
        ContactRole role,
        String districtCode,
        String communeCode,
        String unitCode,
        String producerId,
        String email,
        String phone,
        List<DeliveryChannel> channels,
        Language language,
        String userId,
        long version) {

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        channels = channels == null ? List.of() : List.copyOf(channels);
        language = Objects.requireNonNullElse(language, Language.VI);
    }

    /** Whether an event about {@code scope} is this contact's business, by the unit its role covers. */
    public boolean concerns(AlertScope scope) {
        return switch (role) {
            case PROVINCE_OFFICER -> true;
            case DISTRICT_OFFICER -> same(districtCode, scope.districtCode());
            case COMMUNE_OFFICER -> same(communeCode, scope.communeCode());
            case PRODUCER -> same(producerId, scope.producerId());
            case UNIT_REPORTER -> same(unitCode, scope.unitCode());
        };
    }

    /** The channels this contact can actually be reached on: preferred and with an address. */
    public List<DeliveryChannel> reachableChannels() {
        return channels.stream().filter(c -> address(c) != null).toList();
    }

    public String address(DeliveryChannel channel) {
        String value = channel == DeliveryChannel.EMAIL ? email : phone;
        return value == null || value.isBlank() ? null : value;
    }

    public String maskedAddress(DeliveryChannel channel) {
        return channel == DeliveryChannel.EMAIL ? Masking.email(email) : Masking.phone(phone);
    }

    public Contact withVersion(long newVersion) {
        return new Contact(
                id,
                name,
                role,
                districtCode,
                communeCode,
                unitCode,
                producerId,
                email,
                phone,
                channels,
                language,
                userId,
                newVersion);
    }

    private static boolean same(String mine, String theirs) {
        return mine != null && mine.equals(theirs);
    }

    @Override
    public String toString() {
        return "Contact[id=" + id + ", role=" + role + ", email=" + Masking.email(email) + ", phone="
                + Masking.phone(phone) + "]";
    }
}
