#!/usr/bin/env bash
# Runs the run store benchmark: the metrics file (lmws) against SQLite and a per-record-CRC log; prints the numbers.
# Usage: releng/bench/runstore/run.sh [quick]     (quick: fewer trials and runs, about a minute)
# Needs only a JDK >= 21 and, once, Maven Central for org.xerial:sqlite-jdbc (the alternative; not shipped).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
source "$root/releng/jdk.sh"

sqlite_version=3.50.3.0
out="$here/target"
lib="$out/lib"
jar="$lib/sqlite-jdbc-$sqlite_version.jar"
mkdir -p "$lib" "$out/classes"

if [ ! -f "$jar" ]; then
  cached="$HOME/.m2/repository/org/xerial/sqlite-jdbc/$sqlite_version/sqlite-jdbc-$sqlite_version.jar"
  if [ -f "$cached" ]; then
    cp "$cached" "$jar"
  else
    # Run outside the repository so that the Tycho build extension is not loaded for a plain download.
    (cd "$out" && "$root/mvnw" -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.xerial:sqlite-jdbc:$sqlite_version" -DoutputDirectory="$lib")
  fi
fi

# javac follows the source path and compiles only the run store classes the benchmark uses: no EMF, no Tycho build.
rm -rf "$out/classes"
javac -nowarn -d "$out/classes" -sourcepath "$root/bundles/org.lmw.core/src/main/java" \
  "$here/src/RunStoreBenchmark.java"

work="$out/work"
rm -rf "$work"
java -Xmx3g --enable-native-access=ALL-UNNAMED -cp "$out/classes:$jar" RunStoreBenchmark "$work" "$@"
