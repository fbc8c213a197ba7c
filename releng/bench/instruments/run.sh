#!/usr/bin/env bash
# Instrument-overhead benchmark (issue 5, Done-when 4): the bench-mlp job (784-256-256-10 ReLU, SGD 0.05, batch 128,
# Fashion-MNIST, every metric every step, 1 thread) without instruments, with weight-norms + gradient-noise every step
# (and each alone), and with sharpness every 100 steps when that instrument is installed, in configurations that
# alternate round by round. Prints steps/s (wall clock, instruments and metric recording included) and the overhead
# against no instruments, the same from the training thread's CPU time, the instruments' share of training time
# from the run's own accounting (time/instrument/* over time/training, wall clock; and CPU time inside the
# instruments over the rest of the thread's CPU time), and a prototype of gradient noise computed inside the training
# step. Measures, never asserts.
#
# Usage: releng/bench/instruments/run.sh [-k ROUNDS] [-s STEPS] [-x ID:EVERY[,ID:EVERY...]] [-o CONFIG[,CONFIG...]]
#   ROUNDS  rounds of every configuration (default 3; env LMW_BENCH_ROUNDS)
#   STEPS   updates per run (default 450, the first 50 are warm-up; env LMW_BENCH_STEPS)
#   -x      extra configurations, e.g. -x effective-rank:100,neural-collapse:100
#   -o      only these configurations besides none (and no fused prototype), e.g. -o effective-rank/100
# Runs the plain-Java class InstrumentOverheadBenchmark (engine test sources) through Maven, offline, on the engine as
# it is in this checkout: no product build needed. Needs Fashion-MNIST (apt-get install dataset-fashion-mnist, or
# LMW_DATA) and the Maven repository the build uses (./mvnw -B verify once, online).
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
rounds=${LMW_BENCH_ROUNDS:-3}
steps=${LMW_BENCH_STEPS:-450}
extra=""
only=""
while [ $# -gt 0 ]; do
  case "$1" in
    -k) rounds=$2; shift 2 ;;
    -s) steps=$2; shift 2 ;;
    -x) extra=$2; shift 2 ;;
    -o) only=$2; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "unknown argument $1 (see -h)" >&2; exit 2 ;;
  esac
done
cd "$root"
# shellcheck disable=SC1091
source releng/jdk.sh
echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); rounds=$rounds steps=$steps"
rm -rf bundles/org.lmw.engine/target/test-classes bundles/org.lmw.model/target/test-classes
log=$(mktemp); trap 'rm -f "$log"' EXIT
if ! ./mvnw -B -o -q verify -pl bundles/org.lmw.model,bundles/org.lmw.engine -Dtest=InstrumentOverheadBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false -Dlmw.bench=true -Dlmw.bench.rounds="$rounds" \
    -Dlmw.bench.steps="$steps" -Dlmw.bench.extra="$extra" -Dlmw.bench.only="$only" \
    -Dlmw.bench.fused="$([ -z "$only" ] && echo true || echo false)" >"$log" 2>&1; then
  tail -40 "$log" >&2; exit 1
fi
grep -E '^(round |none |per-step |per-step/between |weight-norms |gradient-noise |sharpness|fused-prototype |instrument |[a-z-]+/[0-9]+ )' "$log"
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
