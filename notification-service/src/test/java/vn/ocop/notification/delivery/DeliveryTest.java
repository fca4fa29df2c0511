package vn.ocop.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import vn.ocop.notification.channel.DeliveryChannel;
import vn.ocop.notification.channel.DeliveryResult;
import vn.ocop.notification.channel.QuietHours;

class DeliveryTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant TEN_PM =
            ZonedDateTime.of(2020, 4, 3, 22, 0, 0, 0, VN).toInstant();
    private static final Instant NOON =
            ZonedDateTime.of(2020, 4, 3, 12, 0, 0, 0, VN).toInstant();
    private static final RetrySchedule SCHEDULE =
            new RetrySchedule(Duration.ofSeconds(30), 2, Duration.ofMinutes(5), 3);

    private static Delivery planned(DeliveryChannel channel, boolean urgent, Instant at) {
        return Delivery.planned(
                new Delivery.Plan(
                        "event-1",
                        "event-1",
                        "vn.ocop.dossier.submitted.v1",
                        "dossier-submitted",
                        "ct-dist-533",
                        channel,
                        "vi",
                        "533",
                        "09*****533",
                        null,
                        "text",
                        null,
                        false,
                        urgent),
                at,
                QuietHours.PROVINCE_DEFAULT);
    }

    @Test
    void nonUrgentSmsPlannedAtNightWaitsUntilSevenInTheMorning() {
        Delivery sms = planned(DeliveryChannel.SMS, false, TEN_PM);
        assertThat(sms.nextAttemptAt().atZone(VN).toLocalTime()).isEqualTo(LocalTime.of(7, 0));
        assertThat(sms.nextAttemptAt().atZone(VN).toLocalDate()).isEqualTo(java.time.LocalDate.of(2020, 4, 4));
    }

    @Test
    void urgentSmsAndEmailGoAtOnceEvenAtNight() {
        assertThat(planned(DeliveryChannel.SMS, true, TEN_PM).nextAttemptAt()).isEqualTo(TEN_PM);
        assertThat(planned(DeliveryChannel.EMAIL, false, TEN_PM).nextAttemptAt())
                .isEqualTo(TEN_PM);
    }

    @Test
    void sameSourceContactAndChannelAlwaysGiveTheSameDeliveryId() {
        assertThat(planned(DeliveryChannel.EMAIL, false, NOON).id())
                .isEqualTo(planned(DeliveryChannel.EMAIL, false, NOON.plusSeconds(60))
                        .id())
                .isNotEqualTo(planned(DeliveryChannel.SMS, false, NOON).id());
    }

    @Test
    void retryableFailureStaysPendingWithGrowingBackoffUntilTheBudgetIsSpent() {
        Delivery d = planned(DeliveryChannel.EMAIL, false, NOON);
        assertThat(d.record(DeliveryResult.retryable("SMTP down"), NOON, SCHEDULE))
                .isFalse();
        assertThat(d.status()).isEqualTo(DeliveryState.PENDING);
        assertThat(d.nextAttemptAt()).isEqualTo(NOON.plusSeconds(30));
        assertThat(d.record(DeliveryResult.retryable("SMTP down"), NOON, SCHEDULE))
                .isFalse();
        assertThat(d.nextAttemptAt()).isEqualTo(NOON.plusSeconds(60));
        assertThat(d.record(DeliveryResult.retryable("SMTP down"), NOON, SCHEDULE))
                .isTrue();
        assertThat(d.status()).isEqualTo(DeliveryState.FAILED);
        assertThat(d.attempts()).isEqualTo(3);
    }

    @Test
    void permanentFailureFailsAtOnceAndOnlyAFailedDeliveryCanBeRedriven() {
        Delivery d = planned(DeliveryChannel.SMS, false, NOON);
        assertThatThrownBy(() -> d.redrive(NOON)).isInstanceOf(IllegalStateException.class);
        assertThat(d.record(DeliveryResult.permanent("invalid phone"), NOON, SCHEDULE))
                .isTrue();
        assertThat(d.status()).isEqualTo(DeliveryState.FAILED);
        long version = d.version();
        d.redrive(NOON);
        assertThat(d.status()).isEqualTo(DeliveryState.PENDING);
        assertThat(d.attempts()).isZero();
        assertThat(d.version()).isGreaterThan(version);
    }
}
