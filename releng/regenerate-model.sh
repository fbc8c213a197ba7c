#!/usr/bin/env bash
# Regenerates bundles/org.lmw.model/model/lmw.genmodel and the generated model code from lmw.ecore.
# Run after editing lmw.ecore; commit the .ecore, .genmodel and generated code together.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
source "$here/jdk.sh"
cd "$here/emf-codegen"
"$root/mvnw" -q -B compile exec:java -Dexec.args="$root/bundles/org.lmw.model lmw Lmw org.lmw"
# The generator writes an old-style plugin.xml only when none exists; ours is kept.
