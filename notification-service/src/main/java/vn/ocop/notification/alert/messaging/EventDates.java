package vn.ocop.notification.alert.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.ocop.platform.config.ProvinceTime;

/** Event instants as the province's calendar days, the way messages to people state them. */
final class EventDates {

    private EventDates() {}

    static LocalDate provinceDay(Instant at) {
        return at.atZone(ProvinceTime.ZONE).toLocalDate();
    }

    /** Whole days from {@code from} to {@code to}, never negative. */
    static long daysBetween(LocalDate from, LocalDate to) {
        return Math.max(0, ChronoUnit.DAYS.between(from, to));
    }
}
