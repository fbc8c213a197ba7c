#!/usr/bin/env bash
# Training benchmark: the workbench (`lmw run --json examples/bench-mlp.lmw`, per-step metrics recorded) against the
# PyTorch peer (torch_fashion_mlp.py), ALTERNATING run by run so that load from other work on the machine hits both.
# Prints each round, then per thread count the medians and the workbench/peer ratio; at 1 thread each round also runs
# the workbench without per-step metrics (-Dlmw.stepMetrics=false), which prices recording them. Both rates are the
# median steady-state rate after 100 warm-up updates (the peer: median of 5 segments of 400 updates after 100; the
# workbench: median of 50-update windows, `steps_per_s` of `lmw run --json`). Measures, never asserts.
#
# Usage: releng/bench/training/run.sh [-k ROUNDS] [-t "1 2"] [PEER_SCRIPT]
#   ROUNDS   rounds per thread count (default 3; env LMW_BENCH_ROUNDS)
#   PEER     path to torch_fashion_mlp.py (default: $LMW_PEER, else /work/shared/peers/torch_fashion_mlp.py)
# Builds nothing and installs nothing: build the product first (./mvnw -B verify -DskipTests); the peer needs
#   apt-get install -y python3-torch libopenblas0-openmp dataset-fashion-mnist
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
product="$root/releng/org.lmw.product/target/products/org.lmw.product/linux/gtk/x86_64/lmw"
rounds=${LMW_BENCH_ROUNDS:-3}
threads_list="1 2"
while [ $# -gt 0 ]; do
  case "$1" in
    -k) rounds=$2; shift 2 ;;
    -t) threads_list=$2; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) LMW_PEER=$1; shift ;;
  esac
done
peer=${LMW_PEER:-/work/shared/peers/torch_fashion_mlp.py}
python=${LMW_PYTHON:-/usr/bin/python3}

[ -x "$product/lmw" ] || { echo "build the product first: ./mvnw -B verify -DskipTests (missing $product/lmw)" >&2; exit 2; }
[ -f "$peer" ] || { echo "peer script not found: $peer (pass it as an argument or set LMW_PEER)" >&2; exit 2; }
if ! "$python" -c 'import torch' 2>/dev/null; then
  echo "the peer needs PyTorch for $python: apt-get install -y python3-torch libopenblas0-openmp" >&2; exit 2
fi
job="$product/examples/bench-mlp.lmw"
[ -f "$job" ] || { echo "missing $job: rebuild the product" >&2; exit 2; }

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# The product trains at nice 10 (org.lmw.jobs TrainingThreads, so the UI thread wins the CPU). Run the peer at the
# same niceness, or a machine busy with nice-0 builds would hand the peer most of a core and the workbench little.
# Override with LMW_PEER_NICE.
jobs_jar=$(ls "$product"/plugins/org.lmw.jobs_*.jar 2>/dev/null | sort -V | tail -1)
if [ -z "${LMW_PEER_NICE:-}" ]; then
  if [ -n "$jobs_jar" ] && unzip -l "$jobs_jar" 2>/dev/null | grep -q 'org/lmw/jobs/internal/TrainingThreads.class'; then
    LMW_PEER_NICE=10
  else
    LMW_PEER_NICE=0
  fi
fi

# One workbench run; prints steps_per_s from the last JSON line. $1 threads, $2.. extra JVM arguments.
workbench() {
  local t=$1; shift
  local ws; ws=$(mktemp -d "$work/ws.XXXX")
  local out
  out=$(LMW_STATE="$work/state" LMW_VMARGS="$*" "$product/lmw" run --json --threads "$t" --workspace "$ws" "$job" 2>&1) || {
    echo "workbench run failed:" >&2; echo "$out" | tail -5 >&2; exit 1; }
  rm -rf "$ws"
  echo "$out" | tail -1 | sed -n 's/.*"steps_per_s":\([0-9.eE+-]*\).*/\1/p'
}
peer_run() {
  local out
  out=$(nice -n "$LMW_PEER_NICE" "$python" "$peer" --threads "$1" 2>&1) || { echo "peer failed:" >&2; echo "$out" | tail -5 >&2; exit 1; }
  echo "$out" | sed -n 's/^PEER .*steps_per_s=\([0-9.]*\).*/\1/p' | head -1
}
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.1f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); rounds=$rounds; peer=$peer peer_nice=$LMW_PEER_NICE"
mkl="default"
if [ -f "$product/natives/mkl/libmkl_vendor.so" ] && [ "${LMW_MKL_VENDOR:-auto}" != off ] \
    && grep -q -m1 '^vendor_id.*AuthenticAMD' /proc/cpuinfo; then
  mkl="by instruction set (the launcher preloads the vendor override)"
fi
echo "# workbench MKL dispatch: $mkl; peer BLAS: $("$python" -c 'import torch; print(torch.__version__, "with", "OpenBLAS" if "openblas" in torch.__config__.show().lower() else "its own BLAS")' 2>/dev/null)"
# At 1 thread each round also runs the workbench with no per-step metrics (-Dlmw.stepMetrics=false: the step reads
# only its loss, to stop a diverged run), which prices recording them. An older product ignores the switch.
engine_jar=$(ls "$product"/plugins/org.lmw.engine_*.jar 2>/dev/null | sort -V | tail -1)
can_price=0
if [ -n "$engine_jar" ] && unzip -p "$engine_jar" 'org/lmw/engine/training/Trainer$Builder.class' 2>/dev/null \
    | grep -aq lmw.stepMetrics; then
  can_price=1
fi
summary=()
for t in $threads_list; do
  wb=(); pr=(); bare=()
  for r in $(seq 1 "$rounds"); do
    # Rotate the order, so that no configuration always gets the quieter slot.
    order=("peer" "wb" "bare")
    [ "$t" = 1 ] && [ "$can_price" = 1 ] || order=("peer" "wb")
    n=${#order[@]}
    w=""; p=""; b=""
    for i in $(seq 0 $((n - 1))); do
      c=${order[$(((i + r) % n))]}
      case "$c" in
        peer) p=$(peer_run "$t") ;;
        wb) w=$(workbench "$t") ;;
        bare) b=$(workbench "$t" -Dlmw.stepMetrics=false) ;;
      esac
    done
    wb+=("$w"); pr+=("$p"); [ -n "$b" ] && bare+=("$b")
    echo "round $r threads=$t workbench_steps_per_s=$w peer_steps_per_s=$p${b:+ workbench_no_step_metrics_steps_per_s=$b} load=$(cut -d' ' -f1 /proc/loadavg)"
  done
  mw=$(printf '%s\n' "${wb[@]}" | median); mp=$(printf '%s\n' "${pr[@]}" | median)
  summary+=("$(awk -v t="$t" -v w="$mw" -v p="$mp" 'BEGIN { printf "threads=%s workbench_steps_per_s=%s peer_steps_per_s=%s ratio=%.3f", t, w, p, w / p }')")
  if [ ${#bare[@]} -gt 0 ]; then
    mb=$(printf '%s\n' "${bare[@]}" | median)
    summary+=("$(awk -v a="$mb" -v b="$mw" 'BEGIN { printf "threads=1 no_step_metrics_steps_per_s=%s with_step_metrics_steps_per_s=%s metrics_cost_pct=%.1f (throughput lost by recording every per-step metric)", a, b, (a - b) / a * 100 }')")
  fi
done
echo "# medians of $rounds rounds"
printf '%s\n' "${summary[@]}"
[ "$can_price" = 1 ] || echo "metrics_cost_pct=unknown (this product's engine has no -Dlmw.stepMetrics switch: rebuild the product)"
