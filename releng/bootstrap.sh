#!/usr/bin/env bash
# Installs what the workbench needs on Debian when run as root; otherwise prints exactly what to install.
# Needs: a JDK >= 21, Xvfb + xauth (headless UI tests), GTK 3 (SWT), the Fashion-MNIST dataset (training engine),
# gcc (the engine build compiles the one-function MKL vendor override, bundles/org.lmw.engine/native/mkl_vendor.c).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

# Usage: releng/bootstrap.sh [more Debian packages]
packages=(xvfb xauth libgtk-3-0 dataset-fashion-mnist gcc "$@")
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "bootstrap: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "bootstrap: missing Debian packages: ${missing[*]}" >&2
    echo "bootstrap: install them with:  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

# A JDK >= 21 must already be there (Debian 12 ships 17): jdk.sh says clearly when none is found.
source "$here/jdk.sh"
echo "bootstrap: ok (JDK: $JAVA_HOME)"
