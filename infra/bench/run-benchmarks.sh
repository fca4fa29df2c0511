#!/usr/bin/env bash
# Benchmarks of the embedded platform (docs/benchmarks.md). Not part of the test run.
#
#   infra/bench/run-benchmarks.sh [--build] [--quick] [-Dbench.<name>=<value> ...]
#
#   --build   package the four services, the launcher and this module first (from a clean clone)
#   --quick   small counts (a few minutes): checks the tooling, the figures are not the official ones
#   -D…       any count, e.g. -Dbench.cycle.count=2000 -Dbench.scenarios=baselines,intake -Dbench.jfr=true
#
# Exit status: 0 all chosen scenarios ran (or were skipped with a stated reason), 1 a scenario failed,
# 2 the platform did not start, 124 the whole run exceeded BENCH_TIMEOUT seconds (default 1800).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$REPO"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
BUILD=0
PROPS=()
for arg in "$@"; do
  case "$arg" in
    --build) BUILD=1 ;;
    --quick) PROPS+=(-Dbench.kafka.records=100000 -Dbench.bulk.records=20000 -Dbench.crud.requests=1000
                     -Dbench.intake.count=300 -Dbench.intake.latency-count=300 -Dbench.propagation.seconds=3
                     -Dbench.cycle.count=100 -Dbench.rebuild.events=50000 -Dbench.reads.dossiers=10000
                     -Dbench.reads.recognised=1000 -Dbench.reads.requests=500) ;;
    -D*) PROPS+=("$arg") ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg (see --help)" >&2; exit 64 ;;
  esac
done

if [[ $BUILD == 1 ]]; then
  echo "[bench] packaging services, launcher and bench (tests skipped)"
  ./mvnw -q -DskipTests -am -pl dossier-service,evaluation-service,reporting-service,notification-service,infra/local,infra/bench package
else
  if [[ ! -d infra/local/target/kafka-lib ]]; then
    echo "[bench] infra/local/target/kafka-lib is missing: packaging the launcher"
    ./mvnw -q -DskipTests -pl infra/local package
  fi
  echo "[bench] packaging infra/bench"
  ./mvnw -q -DskipTests -pl infra/bench package
fi

RUNNER_JFR=()
if printf '%s\n' "${PROPS[@]}" | grep -qx -- '-Dbench.jfr=true'; then
  # the runner hosts the embedded MongoDB (every service's store), SMTP and the load generator: profile it too
  mkdir -p infra/bench/target
  RUNNER_JFR=(-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="$REPO/infra/bench/target/runner.jfr")
fi

START_MS=$(date +%s%3N)
set +e
# the runner hosts the embedded store as the launcher (java -jar local-exec.jar) does, so it runs with the launcher's
# GC (G1, the JVM's default here). With ParallelGC in 1.5 GiB, the store's live set (≈ 0.7–1 GiB at national size)
# made a full collection of ≈ 0.9 s every 3 s during the cycle: the store stopped a third of the time
timeout --kill-after=60s "${BENCH_TIMEOUT:-1800}s" "$JAVA" -Xmx4g -XX:+UseG1GC \
  -Dfile.encoding=UTF-8 -Duser.timezone=Asia/Ho_Chi_Minh "${RUNNER_JFR[@]}" \
  -cp "infra/bench/target/classes:infra/bench/target/bench-lib/*" \
  -Docop.local.kafka-lib="$REPO/infra/local/target/kafka-lib" \
  -Docop.local.repo-dir="$REPO" \
  -Dbench.command-start-millis="$START_MS" \
  "${PROPS[@]}" \
  vn.ocop.bench.BenchMain
status=$?
set -e
if [[ $status == 124 ]]; then
  echo "[bench] the run exceeded ${BENCH_TIMEOUT:-1800} s and was stopped (its children stop with it)" >&2
fi
exit $status
