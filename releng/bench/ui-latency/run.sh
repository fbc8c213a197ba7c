#!/usr/bin/env bash
# UI latency benchmark: the workbench UI test that launches a 3-point sweep with two runs training at once probes the
# UI thread with asyncExec every 20 ms; prints its numbers and, last, ui_latency_p99_ms=N (target <= 100).
# Usage: DISPLAY=:42 releng/bench/ui-latency/run.sh      (builds what the UI tests need; about 2 minutes)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
source "$root/releng/jdk.sh"
if [ -z "${DISPLAY:-}" ]; then
  echo "no DISPLAY: start Xvfb (Xvfb :42 &) and run with DISPLAY=:42" >&2
  exit 2
fi
log="$here/target/ui-latency.log"
mkdir -p "$here/target"
cd "$root"
./mvnw -B verify -pl bundles/org.lmw.ui.tests -am -Dtest=TrainingRunsViewTest \
  -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false >"$log" 2>&1 || {
  echo "the UI test failed; see $log" >&2
}
grep -E "^sweep of|^ui latency" "$log" || true
grep -E "^ui_latency_p99_ms=" "$log" | tail -1
