package vn.ocop.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import vn.ocop.notification.channel.DeliveryChannel;
import vn.ocop.notification.channel.DeliveryResult;
import vn.ocop.notification.channel.QuietHours;

/**
 * One message to one contact on one channel: the unit of "once and only once". Its id is derived from
 * (source, contact, channel), so a redelivered event or a second scheduler instance plans the same id and the
 * store refuses the copy. The id also goes to the provider as its request id.
 */
public class Delivery {

    private String id;
    private String dedupKey;
    private String sourceId;
    private String sourceEventId;
    private String sourceEventType;
    private String template;
    private String contactId;
    private DeliveryChannel channel;
    private String language;
    private String districtCode;
    private String recipient;
    private String subject;
    private String text;
    private String html;
    private boolean unicode;
    private boolean urgent;
    private DeliveryState status;
    private int attempts;
    private int redrives;
    private Instant createdAt;
    private Instant nextAttemptAt;
    private Instant completedAt;
    private String providerMessageId;
    private String lastError;
    private String claimedBy;
    private Instant claimedUntil;
    private long version;

    /** For the store's mapping only. */
    public Delivery() {}

    /** What the planner knows when it addresses an alert to one contact. */
    public record Plan(
            String sourceId,
            String sourceEventId,
            String sourceEventType,
            String template,
            String contactId,
            DeliveryChannel channel,
            String language,
            String districtCode,
            String maskedRecipient,
            String subject,
            String text,
            String html,
            boolean unicode,
            boolean urgent) {}

    public static String keyOf(String sourceId, String contactId, DeliveryChannel channel) {
        return sourceId + "|" + contactId + "|" + channel;
    }

    public static String idOf(String key) {
        return "dlv-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    /** A new pending delivery; a non-urgent SMS planned during quiet hours waits for their end. */
    public static Delivery planned(Plan plan, Instant now, QuietHours quietHours) {
        Delivery d = new Delivery();
        d.dedupKey = keyOf(plan.sourceId(), plan.contactId(), plan.channel());
        d.id = idOf(d.dedupKey);
        d.sourceId = plan.sourceId();
        d.sourceEventId = plan.sourceEventId();
        d.sourceEventType = plan.sourceEventType();
        d.template = plan.template();
        d.contactId = plan.contactId();
        d.channel = plan.channel();
        d.language = plan.language();
        d.districtCode = plan.districtCode();
        d.recipient = plan.maskedRecipient();
        d.subject = plan.subject();
        d.text = plan.text();
        d.html = plan.html();
        d.unicode = plan.unicode();
        d.urgent = plan.urgent();
        d.status = DeliveryState.PENDING;
        d.createdAt = now;
        d.nextAttemptAt = d.earliestSend(now, quietHours);
        d.claimedUntil = now;
        d.version = 1;
        return d;
    }

    /** When this delivery may go at the earliest, at or after {@code now}. */
    public Instant earliestSend(Instant now, QuietHours quietHours) {
        return channel == DeliveryChannel.SMS ? quietHours.nextSendTime(now, urgent) : now;
    }

    /**
     * Applies a channel's answer. Returns true when the outcome is final (SENT or FAILED) and must be announced.
     */
    public boolean record(DeliveryResult result, Instant now, RetrySchedule schedule) {
        attempts++;
        version++;
        claimedUntil = now;
        if (result.isAccepted()) {
            status = DeliveryState.SENT;
            providerMessageId = result.providerMessageId();
            completedAt = now;
            lastError = null;
            return true;
        }
        lastError = result.reason();
        if (result.isRetryable() && !schedule.exhausted(attempts)) {
            nextAttemptAt = now.plus(schedule.backoffAfter(attempts));
            return false;
        }
        status = DeliveryState.FAILED;
        completedAt = now;
        return true;
    }

    /** Puts it back in the queue without spending an attempt (quiet hours began while it waited). */
    public void deferUntil(Instant at, Instant now) {
        version++;
        nextAttemptAt = at;
        claimedUntil = now;
    }

    /** An operator sends a failed delivery again with a fresh retry budget. */
    public void redrive(Instant now) {
        if (status != DeliveryState.FAILED) {
            throw new IllegalStateException("only a failed delivery can be re-driven");
        }
        status = DeliveryState.PENDING;
        attempts = 0;
        redrives++;
        version++;
        nextAttemptAt = now;
        claimedUntil = now;
        completedAt = null;
    }

    public String id() {
        return id;
    }

    public String dedupKey() {
        return dedupKey;
    }

    public String sourceId() {
        return sourceId;
    }

    public String sourceEventId() {
        return sourceEventId;
    }

    public String sourceEventType() {
        return sourceEventType;
    }

    public String template() {
        return template;
    }

    public String contactId() {
        return contactId;
    }

    public DeliveryChannel channel() {
        return channel;
    }

    public String language() {
        return language;
    }

    public String districtCode() {
        return districtCode;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String text() {
        return text;
    }

    public String html() {
        return html;
    }

    public boolean unicode() {
        return unicode;
    }

    public boolean urgent() {
        return urgent;
    }

    public DeliveryState status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public int redrives() {
        return redrives;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String providerMessageId() {
        return providerMessageId;
    }

    public String lastError() {
        return lastError;
    }

    public String claimedBy() {
        return claimedBy;
    }

    public long version() {
        return version;
    }
}
