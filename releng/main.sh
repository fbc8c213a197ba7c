#!/usr/bin/env bash
# The main job on built-in defaults: set up, build the product if needed, train the Fashion-MNIST MLP example
# headless, and print its test accuracy and where the run is stored. `--open` then opens the workbench on that run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
open_workbench=0
[ "${1:-}" = "--open" ] && open_workbench=1
"$here/bootstrap.sh"
source "$here/jdk.sh"
product="$root/releng/org.lmw.product/target/products/org.lmw.product/linux/gtk/x86_64/lmw"

newest_source=""
if [ -x "$product/lmw" ]; then
  newest_source=$(find "$root/bundles" "$root/features" "$root/releng/org.lmw.product" "$root/targetplatform" \
    -path '*/target' -prune -o -type f -newer "$product/lmw" -print -quit 2>/dev/null || true)
fi
if [ ! -x "$product/lmw" ] || [ -n "$newest_source" ]; then
  echo "main: building the product (tests skipped; releng/test.sh runs them)"
  (cd "$root" && ./mvnw -B -q verify -DskipTests)
fi
workspace="${LMW_WORKSPACE:-$HOME/lmw-workspace}"
echo "main: product $product"
echo "main: training examples/fashion-mnist-mlp.lmw into the workspace $workspace (offline, CPU)"

out=$(mktemp)
trap 'rm -f "$out"' EXIT
set +e
"$product/lmw" run --json --workspace "$workspace" "$product/examples/fashion-mnist-mlp.lmw" | tee "$out"
status=${PIPESTATUS[0]}
set -e
python3 - "$out" "$workspace" <<'PY'
import json, os, sys
lines = [l for l in open(sys.argv[1]) if l.strip().startswith("{")]
if not lines:
    sys.exit("main: the run printed no result")
r = json.loads(lines[-1])
runs = r.get("runs", [r])
for run in runs:
    acc = run.get("test_accuracy")
    print(f"main: run {run['run_id']} {run['status']}: test accuracy {acc:.4f} after {run['steps']} steps "
          f"in {run['wall_s']:.0f} s ({run['steps_per_s']:.0f} steps/s)" if acc is not None else
          f"main: run {run['run_id']} {run['status']}")
    print(f"main: stored in {os.path.join(sys.argv[2], 'runs', run['run_id'])}")
PY
echo "main: see it in the workbench: $product/lmw -workspace $workspace   (Training Runs view)"
if [ "$open_workbench" = 1 ] && [ -n "${DISPLAY:-}" ]; then
  exec "$product/lmw" -workspace "$workspace"
fi
exit "$status"
