package vn.ocop.reporting.export;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Shared conventions of every export: the province's clock and Vietnamese date order. */
final class ExportFormats {

    static final ZoneId PROVINCE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private ExportFormats() {}

    /** Null stays null: a report not yet submitted has no time. */
    static LocalDateTime provinceTime(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, PROVINCE_ZONE);
    }
}
