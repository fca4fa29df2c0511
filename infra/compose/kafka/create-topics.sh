#!/usr/bin/env bash
# Creates the platform's topics (idempotent: --if-not-exists) on a running cluster, with the production guarantees:
# replication factor 3, min.insync.replicas=2, unlimited retention for event topics (views are rebuilt by replay),
# no unclean leader election. One DLQ per (topic, consumer group), 1 partition to keep dead letters in order.
# Used by the compose stack's kafka-init container and by operators (docs/operations.md), as the brokers' admin
# (ADMIN_USERNAME / ADMIN_PASSWORD, or COMMAND_CONFIG: a Kafka client properties file; see admin-client.sh):
#   BOOTSTRAP=kafka-1:9092 EVENT_PARTITIONS=6 ADMIN_USERNAME=ocop-admin ADMIN_PASSWORD=… create-topics.sh
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=admin-client.sh
. "$HERE/admin-client.sh"
CONFIG="$(admin_client_config)"
BOOTSTRAP="${BOOTSTRAP:-kafka-1:9092}"
PARTITIONS="${EVENT_PARTITIONS:-6}"
RF="${REPLICATION_FACTOR:-3}"
MIN_ISR="${MIN_INSYNC_REPLICAS:-2}"
KAFKA_BIN="${KAFKA_BIN:-/opt/kafka/bin}"

create() { # name partitions retention.ms
  "$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$CONFIG" --create --if-not-exists \
    --topic "$1" \
    --partitions "$2" --replication-factor "$RF" \
    --config min.insync.replicas="$MIN_ISR" --config retention.ms="$3" \
    --config unclean.leader.election.enable=false --config compression.type=producer
}

# consumer group (= service name) -> topics it reads; keep in step with infra/local TopicPlan
declare -A CONSUMES=(
  [evaluation-service]="ocop.dossier.events"
  [reporting-service]="ocop.dossier.events ocop.evaluation.events ocop.reporting.events ocop.notification.events"
  [notification-service]="ocop.dossier.events ocop.evaluation.events ocop.reporting.events"
  [dossier-service]="ocop.evaluation.events"
)

for t in ocop.dossier.events ocop.evaluation.events ocop.reporting.events ocop.notification.events; do
  create "$t" "$PARTITIONS" -1
done
for group in "${!CONSUMES[@]}"; do
  for t in ${CONSUMES[$group]}; do
    # dead letters are kept 90 days: long enough to diagnose and re-drive, short enough not to pile up
    create "$t.$group.dlq" 1 7776000000
  done
done
"$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$CONFIG" --describe \
  --topics-with-overrides | sed 's/^/  /'
