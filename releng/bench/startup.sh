#!/usr/bin/env bash
# Measures how long `lmw` takes to show its window (cold JVM each time) on the current display or a private Xvfb.
# Usage: releng/bench/startup.sh [runs]   (needs xdotool; prints startup_window_s_median=N last)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
product="$root/releng/org.lmw.product/target/products/org.lmw.product/linux/gtk/x86_64/lmw"
runs=${1:-3}
[ -x "$product/lmw" ] || { echo "build the product first: ./mvnw -B verify -DskipTests" >&2; exit 2; }
command -v xdotool >/dev/null || { echo "needs xdotool (apt-get install xdotool)" >&2; exit 2; }
if [ -z "${DISPLAY:-}" ]; then exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"; fi
state=$(mktemp -d); ws=$(mktemp -d)
times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  LMW_STATE="$state" "$product/lmw" -workspace "$ws" >/dev/null 2>&1 & pid=$!
  until xdotool search --pid "$pid" --name "Learning Mechanics Workbench" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "lmw exited before showing its window" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
  echo "run $i: window after ${t} s"
  times+=("$t")
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print "startup_window_s_median=" a[int((NR + 1) / 2)] }'
rm -rf "$state" "$ws"
