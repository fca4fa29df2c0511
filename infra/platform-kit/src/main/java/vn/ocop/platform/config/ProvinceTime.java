package vn.ocop.platform.config;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The province's calendar: dates are Asia/Ho_Chi_Minh dates and a deadline is the end of its day. */
public final class ProvinceTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private ProvinceTime() {}

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The first instant after the deadline day, in the province's time zone. */
    public static Instant endOf(LocalDate deadline) {
        return deadline.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** True once the deadline day is over in the province. */
    public static boolean isPast(LocalDate deadline, Instant now) {
        return !now.isBefore(endOf(deadline));
    }
}
