#!/usr/bin/env bash
# CI check of the production path, without a Docker engine or a cluster:
#   1. the staging Compose file validates (docker-compose config; the Debian package is installed if missing);
#   2. the Kubernetes overlays render (kubectl kustomize overlays/staging and overlays/production);
#   3. generated files are in step with their sources (Keycloak realm <- demo users, Grafana dashboards,
#      PrometheusRule <- infra/prometheus/rules, the Job kafka-access's ConfigMap <- infra/compose/kafka), and every
#      YAML/JSON file parses;
#   4. no embedded component (mongo-java-server, the Kafka broker, spring-kafka-test, GreenMail, WireMock, H2) nor
#      the development identity module is on the runtime classpath of a service jar;
#   5. no built service jar holds development or demo code: the development token issuer, demo users, demo contacts,
#      the fault hooks (crash-before-publish), letter 878's tasks and targets of Quảng Ngãi or a seeder for them
#      (checked by name patterns inside the jar and every jar nested in it).
# Usage: infra/check-deploy.sh [--fix] [--skip-maven] [--jar=<path>]...      (MVN_FLAGS defaults to "-o -q")
# --fix regenerates the generated files instead of failing on drift. --jar checks these jars in step 5 instead of
# <service>/target/<service>.jar (step 5 runs with --skip-maven only when --jar is given). Exits non-zero on the
# first error.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
FIX=0
MAVEN=1
JARS=()
for arg in "$@"; do
  case "$arg" in
    --fix) FIX=1 ;;
    --skip-maven) MAVEN=0 ;;
    --jar=*) JARS+=("${arg#--jar=}") ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done
step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

step "docker-compose config"
if ! command -v docker-compose > /dev/null; then
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  ($SUDO apt-get update -qq && $SUDO apt-get install -y -qq docker-compose > /dev/null) || fail "cannot install docker-compose"
fi
# secrets the file requires (${VAR:?…}) get a placeholder here: the check is of the file, not of an operator's .env
required="$(grep -oE '\$\{[A-Z0-9_]+:\?' infra/compose/docker-compose.yml | sed -E 's/^\$\{//; s/:\?$//' | sort -u || true)"
(
  for var in $required; do export "$var=${!var:-check-deploy-placeholder}"; done
  docker-compose -f infra/compose/docker-compose.yml config -q
) || fail "infra/compose/docker-compose.yml is invalid"
echo "infra/compose/docker-compose.yml: valid"

step "kubectl kustomize"
command -v kubectl > /dev/null || fail "kubectl is not installed"
for overlay in staging production; do
  out="$(mktemp)"
  kubectl kustomize "infra/k8s/overlays/$overlay" > "$out" || fail "overlay $overlay does not render"
  python3 - "$out" "$overlay" <<'PY' || fail "overlay $overlay renders a broken manifest"
import sys, yaml
docs = [d for d in yaml.safe_load_all(open(sys.argv[1])) if d]
kinds = {}
for d in docs:
    kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    if d["kind"] == "Deployment":
        for c in d["spec"]["template"]["spec"]["containers"]:
            if c["name"] != "app":
                continue
            for probe in ("readinessProbe", "livenessProbe"):
                assert c[probe]["httpGet"]["port"] == "management", (d["metadata"]["name"], probe)
            assert "limits" in c["resources"] and "requests" in c["resources"], d["metadata"]["name"]
            assert ":" in c["image"], ("image without a tag", c["image"])
            # MongoDB credentials only by reference to a Secret, never as a literal in a manifest
            env = {e["name"]: e for e in c.get("env", [])}
            assert "secretKeyRef" in env.get("MONGODB_URI", {}).get("valueFrom", {}), (d["metadata"]["name"], "MONGODB_URI")
            # each service its own Kafka user, its password only by reference to a Secret
            assert env.get("OCOP_KAFKA_USERNAME", {}).get("value") == d["metadata"]["name"], (d["metadata"]["name"], "OCOP_KAFKA_USERNAME")
            assert "secretKeyRef" in env.get("OCOP_KAFKA_PASSWORD", {}).get("valueFrom", {}), (d["metadata"]["name"], "OCOP_KAFKA_PASSWORD")
    if d["kind"] == "ConfigMap":
        for key, value in (d.get("data") or {}).items():
            assert "PASSWORD" not in key and key != "MONGODB_URI", ("secret in a ConfigMap", key)
            assert not (key == "OCOP_PRODUCTION_ALLOW_MONGODB_WITHOUT_TLS" and value == "true"), "k8s talks TLS to MongoDB"
for kind in ("Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler", "NetworkPolicy", "ConfigMap"):
    assert kinds.get(kind), "no " + kind
print(f"overlay {sys.argv[2]}: " + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())))
PY
  rm -f "$out"
done

step "generated files and syntax"
if [[ $FIX -eq 1 ]]; then
  infra/compose/keycloak/generate-realm.py
  infra/grafana/generate-dashboards.py
else
  infra/compose/keycloak/generate-realm.py --check
  infra/grafana/generate-dashboards.py --check
fi
python3 - "$FIX" <<'PY'
import json, pathlib, sys, yaml
fix = sys.argv[1] == "1"
rules_src = pathlib.Path("infra/prometheus/rules/ocop-alerts.yml")
rule_out = pathlib.Path("infra/k8s/components/prometheus-operator/prometheus-rule.yaml")
want = {"apiVersion": "monitoring.coreos.com/v1", "kind": "PrometheusRule",
        "metadata": {"name": "ocop-alerts", "labels": {"release": "prometheus"}},
        "spec": yaml.safe_load(rules_src.read_text())}
header = "# Generated from infra/prometheus/rules/ocop-alerts.yml by infra/check-deploy.sh --fix; do not edit here.\n"
text = header + yaml.safe_dump(want, sort_keys=False, allow_unicode=True, width=120)
if fix:
    rule_out.write_text(text)
elif yaml.safe_load(rule_out.read_text()) != want:
    sys.exit(f"{rule_out} is out of date with {rules_src}: run infra/check-deploy.sh --fix")
for p in list(pathlib.Path("infra").rglob("*.yml")) + list(pathlib.Path("infra").rglob("*.yaml")):
    if "target" in p.parts or p.parts[:2] == ("infra", "k8s"):
        continue  # kustomize files were rendered above
    list(yaml.safe_load_all(p.read_text(encoding="utf-8")))
for p in list(pathlib.Path("infra/grafana").rglob("*.json")) + [pathlib.Path("infra/compose/keycloak/ocop-realm.json")]:
    json.loads(p.read_text(encoding="utf-8"))
for rule in (r for g in want["spec"]["groups"] for r in g["rules"]):
    assert rule.get("expr"), rule
# the staging realm: no committed password (a temporary one from the operator's environment), no password grant for
# a public client (authorization code with PKCE only)
realm = json.loads(pathlib.Path("infra/compose/keycloak/ocop-realm.json").read_text(encoding="utf-8"))
for user in realm.get("users", []):
    for cred in user.get("credentials", []):
        value = cred.get("value", "")
        if not (value.startswith("${") and value.endswith("}")) or not cred.get("temporary"):
            sys.exit(f"realm user {user['username']}: a committed or permanent password")
for client in realm.get("clients", []):
    if client.get("publicClient") and client.get("directAccessGrantsEnabled", True):
        sys.exit(f"realm client {client['clientId']}: a public client must not allow the password grant")
    if client.get("publicClient") and client.get("implicitFlowEnabled", False):
        sys.exit(f"realm client {client['clientId']}: a public client must not allow the implicit flow")
print("realm, dashboards, alert rules: in step; YAML and JSON parse; no committed password, no public password grant")
PY
# the Kubernetes Job kafka-access runs the compose stack's Kafka scripts: one copy, shipped as a generated ConfigMap
python3 - "$FIX" <<'PY'
import pathlib, sys, yaml
fix = sys.argv[1] == "1"
src = pathlib.Path("infra/compose/kafka")
out = pathlib.Path("infra/k8s/base/kafka-access-scripts.yaml")
names = ("admin-client.sh", "create-acls.sh", "acls.txt")
want = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "kafka-access-scripts"},
        "data": {n: (src / n).read_text(encoding="utf-8") for n in names}}
class Block(yaml.SafeDumper):
    pass
Block.add_representer(str, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", v, style="|" if "\n" in v else None))
header = ("# Generated from infra/compose/kafka/{" + ",".join(names) + "} by infra/check-deploy.sh --fix; do not edit here.\n")
if fix:
    out.write_text(header + yaml.dump(want, Dumper=Block, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
elif not out.exists() or yaml.safe_load(out.read_text(encoding="utf-8")) != want:
    sys.exit(f"{out} is out of date with {src}: run infra/check-deploy.sh --fix")
print("kafka-access scripts: in step with infra/compose/kafka")
PY

if [[ $MAVEN -eq 1 ]]; then
  step "no embedded component on a service's runtime classpath"
  EMBEDDED='de.bwaldvogel:|org.apache.kafka:kafka_2\.13|org.apache.kafka:kafka-server|org.apache.kafka:kafka-storage|org.springframework.kafka:spring-kafka-test|com.icegreen:|org.wiremock:|com.h2database:|org.testcontainers:|vn.ocop:dev-identity|vn.ocop:fault-hooks'
  for s in dossier-service evaluation-service reporting-service notification-service; do
    tree="$(mktemp)"
    # shellcheck disable=SC2086
    ./mvnw ${MVN_FLAGS:--o -q} -pl "$s" dependency:tree -Dscope=runtime -DoutputFile="$tree" > /dev/null \
      || fail "dependency:tree failed for $s (install the modules first: ./mvnw -DskipTests install)"
    if grep -E "$EMBEDDED" "$tree"; then
      fail "$s has an embedded/test component on its runtime classpath (above)"
    fi
    echo "$s: $(grep -c ':' "$tree") runtime artifacts, no embedded component"
    rm -f "$tree"
  done
fi

if [[ $MAVEN -eq 1 || ${#JARS[@]} -gt 0 ]]; then
  step "no development or demo code inside a service jar"
  if [[ ${#JARS[@]} -eq 0 ]]; then
    for s in dossier-service evaluation-service reporting-service notification-service; do
      JARS+=("$s/target/$s.jar")
    done
  fi
  python3 - "${JARS[@]}" <<'PY' || fail "a service jar holds development or demo code (above); it belongs in infra/dev-identity, the launcher or test fixtures"
import io, re, sys, zipfile
# by name, not by a list of today's classes: a renamed or moved copy is caught as well
FORBIDDEN = re.compile(r"(^|/)(devauth|devidentity)/|(^|/)DevTokenIssuer[^/]*\.class$|(^|/)demo-users\.json$"
                       r"|(^|/)DemoContact[^/]*\.class$|(^|/)dev-identity-[^/]*\.jar$"
                       # test fault hooks (infra/fault-hooks) and a province's imported letter 878 data or seeder
                       r"|(^|/)vn/ocop/faults/|(^|/)fault-hooks-[^/]*\.jar$|(^|/)CrashBeforePublish[^/]*\.class$"
                       r"|(^|/)Letter878[^/]*\.class$|(^|/)[^/]*(tasks-878|letter-878)[^/]*\.json$")
# and by content: a hook that halts the JVM on this property, whatever the class is called
FORBIDDEN_TEXT = b"crash-before-publish"
def scan(archive, where, found):
    for name in archive.namelist():
        if FORBIDDEN.search(name):
            found.append(where + "!/" + name)
        elif name.endswith(".class") and FORBIDDEN_TEXT in archive.read(name):
            found.append(where + "!/" + name + " (mentions " + FORBIDDEN_TEXT.decode() + ")")
        if name.endswith(".jar"):
            with zipfile.ZipFile(io.BytesIO(archive.read(name))) as nested:
                scan(nested, where + "!/" + name, found)
bad = False
for path in sys.argv[1:]:
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        sys.exit(f"{path}: no such jar (build it first: ./mvnw -DskipTests install)")
    found = []
    with archive:
        scan(archive, path, found)
    for entry in found:
        print("  " + entry)
    bad = bad or bool(found)
    print(f"{path}: " + (f"{len(found)} development/demo entries" if found else "no development or demo code"))
sys.exit(1 if bad else 0)
PY
fi
printf '\nOK: production path checks passed\n'
