#!/usr/bin/env bash
# Re-drives a dead-letter topic back to its source topic, headers kept (docs/operations.md "Re-driving the DLQ"):
#   infra/dlq-redrive.sh --dlq ocop.dossier.events.reporting-service.dlq [--bootstrap host:9092] [--dry-run]
#                        [--type vn.ocop.dossier.submitted.v1] [--max 100] [--to other.topic]
#                        [--command-config admin-client.properties]   (or KAFKA_COMMAND_CONFIG)
# The brokers require SASL: the command config holds security.protocol, sasl.mechanism and sasl.jaas.config of a user
# allowed to read the DLQ and write the topic (embedded launcher: --command-config <data>/run/kafka-admin.properties).
# Needs Java 17+ and the kafka-clients jar (KAFKA_CLIENTS_CP, else the one in ~/.m2, else /opt/kafka/libs/*).
# Fix the cause first (consumer bug, contract) and deploy the fix: a record re-driven too early comes back.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
CP="${KAFKA_CLIENTS_CP:-}"
if [[ -z "$CP" ]]; then
  jar="$(ls "$HOME"/.m2/repository/org/apache/kafka/kafka-clients/*/kafka-clients-*.jar 2>/dev/null \
        | grep -v -e sources -e test | sort -V | tail -1 || true)"
  if [[ -n "$jar" ]]; then
    slf="$(ls "$HOME"/.m2/repository/org/slf4j/slf4j-api/*/slf4j-api-*.jar 2>/dev/null | grep -v sources | sort -V | tail -1 || true)"
    CP="$jar${slf:+:$slf}"
  elif [[ -d /opt/kafka/libs ]]; then
    CP="/opt/kafka/libs/*"
  else
    echo "kafka-clients not found: set KAFKA_CLIENTS_CP" >&2
    exit 2
  fi
fi
exec java -cp "$CP" "$HERE/dlq/DlqRedrive.java" "$@"
