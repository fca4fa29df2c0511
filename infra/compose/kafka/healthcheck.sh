#!/usr/bin/env bash
# A broker is healthy once it answers an authenticated request (as the brokers' own PLAIN user).
set -euo pipefail
# shellcheck source=admin-client.sh
. "$(dirname "$0")/admin-client.sh"
config="$(kafka_client_config ocop-broker "${OCOP_KAFKA_BROKER_PASSWORD:?}" PLAIN)"
trap 'rm -f "$config"' EXIT
/opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server localhost:9092 --command-config "$config" > /dev/null 2>&1
