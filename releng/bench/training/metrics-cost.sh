#!/usr/bin/env bash
# What recording every per-step metric costs (issue 3, Done-when 2, second half), in ONE JVM: the bench-mlp job with
# all per-step metrics against the same job recording none (-Dlmw.stepMetrics=false semantics), alternating run by
# run (MetricsCostBenchmark, engine test sources). Prints wall-clock steps/s and the training thread's CPU time per
# update for both, and the cost both ways. Measures, never asserts.
#
# Usage: releng/bench/training/metrics-cost.sh [-k ROUNDS] [-s STEPS]
#   ROUNDS  counted rounds (default 7; one more runs first as warm-up); STEPS updates per run (default 1100)
# Runs through Maven offline on the engine as it is in this checkout (./mvnw -B verify once, online, first). On AMD it
# preloads the MKL vendor override the product's launcher preloads (bundles/org.lmw.engine/target/native), so the
# step is the product's; LMW_MKL_VENDOR=off leaves it out.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
rounds=7
steps=1100
while [ $# -gt 0 ]; do
  case "$1" in
    -k) rounds=$2; shift 2 ;;
    -s) steps=$2; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown argument $1 (see -h)" >&2; exit 2 ;;
  esac
done
cd "$root"
# shellcheck disable=SC1091
source releng/jdk.sh >/dev/null
shim="$root/bundles/org.lmw.engine/target/native/libmkl_vendor.so"
if [ "${LMW_MKL_VENDOR:-auto}" != off ] && [ -f "$shim" ] && grep -q -m1 '^vendor_id.*AuthenticAMD' /proc/cpuinfo; then
  export LD_PRELOAD="$shim${LD_PRELOAD:+:$LD_PRELOAD}"
fi
echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); rounds=$rounds steps=$steps"
rm -rf bundles/org.lmw.engine/target/test-classes bundles/org.lmw.model/target/test-classes
log=$(mktemp); trap 'rm -f "$log"' EXIT
if ! ./mvnw -B -o -q verify -pl bundles/org.lmw.model,bundles/org.lmw.engine -Dtest=MetricsCostBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false -Dlmw.bench=true -Dlmw.bench.rounds="$rounds" \
    -Dlmw.bench.steps="$steps" >"$log" 2>&1; then
  tail -40 "$log" >&2; exit 1
fi
grep -E '^(# metrics|round |metrics_)' "$log"
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
