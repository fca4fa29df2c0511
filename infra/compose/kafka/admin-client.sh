#!/usr/bin/env bash
# Sourced by create-topics.sh, create-acls.sh and the brokers' healthcheck. kafka_client_config <user> <password>
# [mechanism] writes Kafka client settings for that user to a private temporary file (mktemp: 0600) and prints its
# path, for the tools' --command-config. Credentials come from the environment, never from the repository.
kafka_client_config() {
  local user="$1" password="$2" mechanism="${3:-PLAIN}" module file
  case "$mechanism" in
    PLAIN) module=org.apache.kafka.common.security.plain.PlainLoginModule ;;
    SCRAM-SHA-256|SCRAM-SHA-512) module=org.apache.kafka.common.security.scram.ScramLoginModule ;;
    *) echo "unsupported SASL mechanism $mechanism" >&2; return 2 ;;
  esac
  file="$(mktemp)"
  printf 'security.protocol=%s\nsasl.mechanism=%s\nsasl.jaas.config=%s required username="%s" password="%s";\n' \
    "${SECURITY_PROTOCOL:-SASL_PLAINTEXT}" "$mechanism" "$module" "$user" "$password" > "$file"
  echo "$file"
}

# The admin's settings: COMMAND_CONFIG if given (a file an operator keeps), else ADMIN_USERNAME / ADMIN_PASSWORD
# (ADMIN_MECHANISM, default PLAIN: the brokers' own static admin, usable before any SCRAM user exists).
admin_client_config() {
  if [[ -n "${COMMAND_CONFIG:-}" ]]; then
    echo "$COMMAND_CONFIG"
  else
    kafka_client_config "${ADMIN_USERNAME:?ADMIN_USERNAME or COMMAND_CONFIG is required}" \
      "${ADMIN_PASSWORD:?ADMIN_PASSWORD or COMMAND_CONFIG is required}" "${ADMIN_MECHANISM:-PLAIN}"
  fi
}
