#!/usr/bin/env bash
# Chart redraw benchmark: 3 series x 1 M points drawn in a real SWTChart (the Training Runs view's MetricChart) under
# the current display; prints the timings and, last, chart_redraw_ms_median=N (target <= 100).
# Usage: DISPLAY=:42 releng/bench/chart-redraw/run.sh [points-per-series] [repetitions] [series]   (100 runs: 20000 15 100)
# Needs a JDK >= 21, a display (Xvfb is fine) and the SWT and SWTChart jars in ~/.m2 (the Tycho build puts them there).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
source "$root/releng/jdk.sh"

m2="$HOME/.m2/repository"
swt="$m2/org/eclipse/platform/org.eclipse.swt.gtk.linux.x86_64/3.135.0/org.eclipse.swt.gtk.linux.x86_64-3.135.0.jar"
chart="$m2/org/eclipse/swtchart/org.eclipse.swtchart/1.1.0/org.eclipse.swtchart-1.1.0.jar"
for jar in "$swt" "$chart"; do
  if [ ! -f "$jar" ]; then
    echo "missing $jar: run the Tycho build once (./mvnw -B verify) so the target platform is downloaded" >&2
    exit 2
  fi
done
if [ -z "${DISPLAY:-}" ]; then
  echo "no DISPLAY: start Xvfb (Xvfb :42 &) and run with DISPLAY=:42" >&2
  exit 2
fi

out="$here/target"
rm -rf "$out/classes"
mkdir -p "$out/classes"
# javac follows the source path: it compiles the view's chart widget and the series classes it uses, nothing else.
javac -nowarn -d "$out/classes" -cp "$swt:$chart" \
  -sourcepath "$root/bundles/org.lmw.core/src/main/java:$root/bundles/org.lmw.ui.runs/src/main/java" \
  "$here/src/ChartRedrawBenchmark.java"
java -Xmx3g -cp "$out/classes:$swt:$chart" ChartRedrawBenchmark "$@"
