#!/usr/bin/env bash
# Lints dossier-service's generated OpenAPI document with Redocly.
# target/openapi.json is written by ReferenceApiTest.apiDocumentIsPublishedForLinting during `verify`.
# The linter is installed under /tmp (never into the repository).
set -euo pipefail
cd "$(dirname "$0")"
SPEC=target/openapi.json
[ -f "$SPEC" ] || { echo "missing $SPEC: run ./mvnw -o -q -pl dossier-service verify first" >&2; exit 2; }
TOOLS=${REDOCLY_HOME:-/tmp/redocly-cli}
if [ ! -x "$TOOLS/node_modules/.bin/redocly" ]; then
  mkdir -p "$TOOLS"
  npm install --silent --prefix "$TOOLS" @redocly/cli >/dev/null
fi
"$TOOLS/node_modules/.bin/redocly" lint "$SPEC" --format=stylish
