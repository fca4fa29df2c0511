package vn.ocop.platform.events;

import java.time.Instant;

/**
 * An event waiting in an aggregate's outbox array. It is written in the same single-document
 * update as the state change that caused it, so the two can never disagree (ADR 0001).
 *
 * @param id          the CloudEvents id (ce_id), a UUID
 * @param type        the CloudEvents type, e.g. {@code vn.ocop.dossier.submitted.v1}
 * @param topic       the Kafka topic it goes to
 * @param key         the Kafka key and ce_subject: the aggregate id
 * @param time        when the change happened
 * @param payload     the JSON body, already serialised (UTF-8 text)
 * @param traceparent the W3C trace context of the request that caused it, or null
 */
public record OutboxEntry(
        String id, String type, String topic, String key, Instant time, String payload, String traceparent) {}
