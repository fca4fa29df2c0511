package vn.ocop.dossier.common.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import vn.ocop.platform.config.ProvinceTime;

/** Instants are stored in UTC and shown to people with the province's offset (+07:00). */
public final class LocalTimes {

    private LocalTimes() {}

    public static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(ProvinceTime.ZONE).toOffsetDateTime();
    }
}
