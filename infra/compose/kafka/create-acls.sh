#!/usr/bin/env bash
# Gives each service its own Kafka user (SCRAM-SHA-512) and the ACLs of acls.txt, on a running cluster whose brokers
# deny whatever no ACL allows. Idempotent (a user's password is set again, an existing ACL stays); a permission taken
# out of acls.txt is removed by hand: kafka-acls.sh --remove (docs/security.md "Kafka").
# Used by the compose stack's kafka-init container, by the Kubernetes Job kafka-access and by operators:
#   BOOTSTRAP=kafka-1:9092 ADMIN_USERNAME=ocop-admin ADMIN_PASSWORD=… \
#   OCOP_KAFKA_PASSWORD_DOSSIER=… OCOP_KAFKA_PASSWORD_EVALUATION=… OCOP_KAFKA_PASSWORD_REPORTING=… \
#   OCOP_KAFKA_PASSWORD_NOTIFICATION=… [OCOP_KAFKA_PASSWORD_EXPORTER=…] create-acls.sh
# Passwords: at least 16 of A-Z a-z 0-9 . _ ~ - (e.g. openssl rand -hex 24), the same each service is given.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=admin-client.sh
. "$HERE/admin-client.sh"
BOOTSTRAP="${BOOTSTRAP:-kafka-1:9092}"
KAFKA_BIN="${KAFKA_BIN:-/opt/kafka/bin}"
ACLS="${ACLS:-$HERE/acls.txt}"
CONFIG="$(admin_client_config)"

scram_user() { # name password
  [[ "$2" =~ ^[A-Za-z0-9._~-]{16,}$ ]] || { echo "the password of Kafka user $1 must be 16+ of A-Z a-z 0-9 . _ ~ -" >&2; exit 2; }
  "$KAFKA_BIN/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$CONFIG" --alter \
    --entity-type users --entity-name "$1" --add-config "SCRAM-SHA-512=[iterations=8192,password=$2]" > /dev/null
  echo "  user $1 (SCRAM-SHA-512)"
}

allow() { # user resource(topic|group|cluster) pattern name operation...
  local user="$1" resource="$2" pattern="$3" name="$4"
  shift 4
  local args=(--add --allow-principal "User:$user" --resource-pattern-type "$pattern")
  if [[ "$resource" == cluster ]]; then args+=(--cluster); else args+=("--$resource" "$name"); fi
  for operation in "$@"; do args+=(--operation "$operation"); done
  "$KAFKA_BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$CONFIG" "${args[@]}" > /dev/null
  echo "  allow $user $* on $resource $pattern $name"
}

# user -> the variable holding its password (the service gets the same value as OCOP_KAFKA_PASSWORD)
declare -A PASSWORDS=(
  [dossier-service]=OCOP_KAFKA_PASSWORD_DOSSIER
  [evaluation-service]=OCOP_KAFKA_PASSWORD_EVALUATION
  [reporting-service]=OCOP_KAFKA_PASSWORD_REPORTING
  [notification-service]=OCOP_KAFKA_PASSWORD_NOTIFICATION
)
for user in dossier-service evaluation-service reporting-service notification-service; do
  variable="${PASSWORDS[$user]}"
  scram_user "$user" "${!variable:?$variable is required (the password of Kafka user $user)}"
done
if [[ -z "${COMMAND_CONFIG:-}" && "${ADMIN_MECHANISM:-PLAIN}" == PLAIN ]]; then
  # operators reach the brokers from outside through SCRAM-only listeners: the same admin, as a SCRAM user
  scram_user "$ADMIN_USERNAME" "$ADMIN_PASSWORD"
fi

while read -r user resource pattern name operations; do
  [[ -z "$user" || "$user" == \#* ]] && continue
  # shellcheck disable=SC2086
  allow "$user" "$resource" "$pattern" "$name" $operations
done < "$ACLS"

if [[ -n "${OCOP_KAFKA_PASSWORD_EXPORTER:-}" ]]; then
  # the lag and DLQ-size exporter: offsets of the platform's topics and groups, nothing to read or write
  scram_user kafka-exporter "$OCOP_KAFKA_PASSWORD_EXPORTER"
  allow kafka-exporter topic prefixed ocop. Describe
  allow kafka-exporter group literal '*' Describe
  allow kafka-exporter cluster literal kafka-cluster Describe
fi
echo "Kafka users and ACLs in place on $BOOTSTRAP"
