package vn.ocop.notification.channel;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Hours during which non-urgent SMS wait (by default 21:00–07:00, Asia/Ho_Chi_Minh): officers and producers should not
 * be woken by a deadline reminder. A window may cross midnight; start equal to end means no quiet hours.
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

    private static final LocalTime PROVINCE_DEFAULT_START = LocalTime.of(21, 0);
    private static final LocalTime PROVINCE_DEFAULT_END = LocalTime.of(7, 0);
    private static final ZoneId PROVINCE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public static final QuietHours PROVINCE_DEFAULT =
            new QuietHours(PROVINCE_DEFAULT_START, PROVINCE_DEFAULT_END, PROVINCE_ZONE);

    public QuietHours {
        start = Objects.requireNonNullElse(start, PROVINCE_DEFAULT_START);
        end = Objects.requireNonNullElse(end, PROVINCE_DEFAULT_END);
        zone = Objects.requireNonNullElse(zone, PROVINCE_ZONE);
    }

    public boolean isQuiet(Instant at) {
        LocalTime local = at.atZone(zone).toLocalTime();
        if (start.equals(end)) {
            return false;
        }
        if (start.isBefore(end)) {
            return !local.isBefore(start) && local.isBefore(end);
        }
        return !local.isBefore(start) || local.isBefore(end);
    }

    /**
     * The earliest instant at or after {@code now} when an SMS may go: {@code now} itself for urgent messages or
     * outside quiet hours, otherwise the end of the current quiet window.
     */
    public Instant nextSendTime(Instant now, boolean urgent) {
        if (urgent || !isQuiet(now)) {
            return now;
        }
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime endToday = local.with(end).withNano(0);
        ZonedDateTime windowEnd = endToday.isAfter(local) ? endToday : endToday.plusDays(1);
        return windowEnd.toInstant();
    }
}
