#!/usr/bin/env bash
# Lints the four services' OpenAPI documents with an external linter (Redocly CLI, pinned, installed under
# $TMPDIR, never into the repository). The documents are the live /v3/api-docs that the security matrix test
# (infra/local SecurityMatrixIT) saves to infra/local/target/openapi/ during `./mvnw verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
DOCS=infra/local/target/openapi
VERSION=2.77.0
TOOLS=${REDOCLY_HOME:-${TMPDIR:-/tmp}/ocop-redocly-$VERSION}
ls $DOCS/*.json > /dev/null 2>&1 || { echo "no documents in $DOCS: run ./mvnw verify first" >&2; exit 2; }
if [ ! -x "$TOOLS/node_modules/.bin/redocly" ]; then
  mkdir -p "$TOOLS"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS" "@redocly/cli@$VERSION" > /dev/null
fi
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
status=0
for doc in $DOCS/*.json; do
  echo "== $(basename "$doc" .json)"
  "$TOOLS/node_modules/.bin/redocly" lint "$doc" --format=summary || status=1
done
exit $status
