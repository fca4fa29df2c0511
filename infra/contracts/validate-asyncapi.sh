#!/usr/bin/env bash
# Validates src/main/resources/contracts/asyncapi.yaml (and the schema files it references) with the
# AsyncAPI CLI. The CLI is pinned: 4.1.1 is the newest release that runs on Node 20; 5.x and 6.x
# require Node >= 24. It is installed outside the repository (once per tools dir) so that no
# node_modules ever lands in the source tree.
#
# Usage: infra/contracts/validate-asyncapi.sh [path/to/asyncapi.yaml]
# Env:   ASYNCAPI_CLI_VERSION (default 4.1.1), ASYNCAPI_TOOLS_DIR (default $TMPDIR/ocop-asyncapi-cli-<version>)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
spec="${1:-$here/src/main/resources/contracts/asyncapi.yaml}"
version="${ASYNCAPI_CLI_VERSION:-4.1.1}"
tools="${ASYNCAPI_TOOLS_DIR:-${TMPDIR:-/tmp}/ocop-asyncapi-cli-$version}"
cli="$tools/node_modules/.bin/asyncapi"

command -v npm >/dev/null || { echo "npm is required (Node >= 20)" >&2; exit 2; }

if [[ ! -x "$cli" ]] || [[ "$("$cli" --version 2>/dev/null)" != "@asyncapi/cli/$version "* ]]; then
  echo "Installing @asyncapi/cli@$version into $tools" >&2
  mkdir -p "$tools"
  [[ -f "$tools/package.json" ]] || echo '{"name":"ocop-asyncapi-tools","private":true}' > "$tools/package.json"
  npm install --prefix "$tools" --cache "$tools/.npm-cache" --no-audit --no-fund --loglevel=error \
    "@asyncapi/cli@$version" >&2
fi

# The CLI phones home with usage metrics unless told otherwise; keep CI and this machine quiet.
metrics_config="$tools/analytics.json"
echo '{"analyticsEnabled":"false","infoMessageShown":"true","userID":"ci"}' > "$metrics_config"
export ASYNCAPI_METRICS_CONFIG_PATH="$metrics_config"

# Relative $refs (./schemas/*.json, ./examples/*.json) resolve against the spec's directory.
cd "$(dirname "$spec")"
"$cli" validate "$(basename "$spec")" --fail-severity error
