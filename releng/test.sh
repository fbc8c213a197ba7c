#!/usr/bin/env bash
# Sets up the machine and runs every test tier: plain JUnit 5, OSGi integration (tycho-surefire) and UI under Xvfb.
# Usage: releng/test.sh [extra Maven arguments]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
"$here/bootstrap.sh"
source "$here/jdk.sh"
cd "$root"

run_maven() { ./mvnw -B verify "$@"; }
if [ -n "${DISPLAY:-}" ] && [ "${LMW_FORCE_XVFB:-}" != "1" ]; then
  run_maven "$@"
else
  # No display: a private Xvfb server, so the UI tier runs real SWT widgets.
  xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B verify "$@"
fi

python3 - "$root" <<'PY'
import glob, os, sys, xml.etree.ElementTree as ET
root = sys.argv[1]
counts = {}
for report in glob.glob(os.path.join(root, "bundles", "*", "target", "surefire-reports", "TEST-*.xml")):
    bundle = report.split(os.sep)[-4]
    tier = "UI (Xvfb, tycho-surefire)" if bundle.endswith("ui.tests") else \
           "OSGi integration (tycho-surefire)" if bundle.endswith(".tests") else "plain JUnit 5 (maven-surefire)"
    t = ET.parse(report).getroot()
    c = counts.setdefault(tier, [0, 0, 0])
    c[0] += int(t.get("tests", 0)); c[1] += int(t.get("failures", 0)) + int(t.get("errors", 0)); c[2] += int(t.get("skipped", 0))
for tier, (n, bad, skipped) in sorted(counts.items()):
    print(f"tests: {tier}: {n} run, {bad} failed, {skipped} skipped")
PY
