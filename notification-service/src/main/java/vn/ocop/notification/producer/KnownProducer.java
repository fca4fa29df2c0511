package vn.ocop.notification.producer;

import java.util.Objects;

/**
 * A producer as dossier-service's producer-registered events describe it: the registry's facts (where it is), never
 * its contact person, phone or e-mail. Contacts that speak for a producer are checked against it.
 *
 * @param communeCode null where the producer hangs directly under its district (Lý Sơn)
 */
public record KnownProducer(
        String id,
        long version,
        String kind,
        String name,
        String registrationNumber,
        String districtCode,
        String communeCode) {

    public KnownProducer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(districtCode, "districtCode");
    }
}
