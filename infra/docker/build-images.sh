#!/usr/bin/env bash
# Builds the four service images from the repository root:
#   infra/docker/build-images.sh [--skip-package] [--push] [--tag TAG] [--registry REGISTRY]
# 1. ./mvnw -DskipTests package for the four services (and what they depend on);
# 2. one image per service from infra/docker/Dockerfile, tagged REGISTRY/ocop/<service>:TAG (default: the Maven
#    version) and :latest.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SERVICES=(dossier-service evaluation-service reporting-service notification-service)
TAG=""
REGISTRY="${OCOP_REGISTRY:-}"
PACKAGE=1
PUSH=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --skip-package) PACKAGE=0 ;;
    --push) PUSH=1 ;;
    --tag) TAG="$2"; shift ;;
    --registry) REGISTRY="$2"; shift ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
cd "$ROOT"
if [[ -z "$TAG" ]]; then
  TAG="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | sed -n '2p')"
fi
if [[ $PACKAGE -eq 1 ]]; then
  ./mvnw -q -DskipTests -pl "$(IFS=,; echo "${SERVICES[*]}")" -am package
fi
PREFIX="${REGISTRY:+$REGISTRY/}ocop"
for s in "${SERVICES[@]}"; do
  jar="$s/target/$s.jar"
  [[ -f "$jar" ]] || { echo "missing $jar: run without --skip-package" >&2; exit 1; }
  docker build -f infra/docker/Dockerfile --build-arg SERVICE="$s" -t "$PREFIX/$s:$TAG" -t "$PREFIX/$s:latest" .
  if [[ $PUSH -eq 1 ]]; then
    docker push "$PREFIX/$s:$TAG"
    docker push "$PREFIX/$s:latest"
  fi
done
echo "built: ${SERVICES[*]/#/$PREFIX/} (tag $TAG)"
