# Sourced by the releng scripts: selects a JDK >= 21 (Tycho 5 and the bundles need it) and exports JAVA_HOME.
# Order: $JAVA_HOME if it is new enough, then every JDK under /usr/lib/jvm, newest first.
lmw_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -1
}
lmw_select_jdk() {
  local candidate major
  for candidate in ${JAVA_HOME:-} $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sed 's:/$::' | sort -rV); do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(lmw_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "error: no JDK 21 or newer found (looked at \$JAVA_HOME and /usr/lib/jvm/*)." >&2
  echo "       Install one, e.g. Temurin 21/25 or 'apt-get install openjdk-21-jdk' where your Debian has it," >&2
  echo "       or set JAVA_HOME to a JDK >= 21." >&2
  return 1
}
lmw_select_jdk
