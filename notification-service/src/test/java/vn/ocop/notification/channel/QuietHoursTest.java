package vn.ocop.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private final QuietHours quietHours = QuietHours.PROVINCE_DEFAULT;

    private static Instant vn(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, VN).toInstant();
    }

    @Test
    void lateEveningReminderWaitsUntilSevenNextMorning() {
        assertThat(quietHours.nextSendTime(vn(2020, 4, 7, 22, 30), false)).isEqualTo(vn(2020, 4, 8, 7, 0));
    }

    @Test
    void earlyMorningReminderWaitsUntilSevenSameMorning() {
        assertThat(quietHours.nextSendTime(vn(2020, 4, 8, 5, 15), false)).isEqualTo(vn(2020, 4, 8, 7, 0));
    }

    @Test
    void daytimeMessageGoesNow() {
        Instant noon = vn(2020, 4, 8, 12, 0);
        assertThat(quietHours.nextSendTime(noon, false)).isEqualTo(noon);
    }

    @Test
    void windowIsClosedAtStartAndOpenAtEnd() {
        assertThat(quietHours.isQuiet(vn(2020, 4, 8, 21, 0))).isTrue();
        assertThat(quietHours.isQuiet(vn(2020, 4, 8, 20, 59))).isFalse();
        assertThat(quietHours.isQuiet(vn(2020, 4, 8, 7, 0))).isFalse();
    }

    @Test
    void urgentMessageIgnoresQuietHours() {
        Instant midnight = vn(2020, 4, 8, 0, 0);
        assertThat(quietHours.nextSendTime(midnight, true)).isEqualTo(midnight);
    }

    @Test
    void sameDayWindowIsSupported() {
        QuietHours lunch = new QuietHours(LocalTime.of(11, 30), LocalTime.of(13, 30), VN);
        assertThat(lunch.isQuiet(vn(2020, 4, 8, 12, 0))).isTrue();
        assertThat(lunch.isQuiet(vn(2020, 4, 8, 22, 0))).isFalse();
        assertThat(lunch.nextSendTime(vn(2020, 4, 8, 12, 0), false)).isEqualTo(vn(2020, 4, 8, 13, 30));
    }

    @Test
    void equalStartAndEndMeansNoQuietHours() {
        QuietHours none = new QuietHours(LocalTime.of(7, 0), LocalTime.of(7, 0), VN);
        assertThat(none.isQuiet(vn(2020, 4, 8, 3, 0))).isFalse();
    }
}
