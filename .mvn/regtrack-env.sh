# Sourced by ./mvnw (and .ci/run) before Maven starts. Two conveniences so that a newcomer's two
# commands work on a machine that has only a JDK:
#
# 1. JDK selection: the build needs Java 21+. If JAVA_HOME is unset or points at an older JDK and
#    the `java` on PATH is older too, pick the newest JDK >= 21 from the standard JVM directories.
# 2. Root: PostgreSQL (the embedded database of dev mode and tests) refuses to run as root. When
#    started as root, re-run under an unprivileged uid in a user namespace (`unshare`): files keep
#    their owner on disk, PostgreSQL sees an ordinary user. REGTRACK_NO_USERNS=1 disables this.

regtrack_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

regtrack_select_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    v=$(regtrack_java_major "$JAVA_HOME/bin/java")
    [ "${v:-0}" -ge 21 ] && return 0
  elif command -v java >/dev/null 2>&1; then
    v=$(regtrack_java_major java)
    [ "${v:-0}" -ge 21 ] && return 0
  fi
  best="" best_v=0
  for d in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk*; do
    [ -x "$d/bin/javac" ] || continue
    v=$(regtrack_java_major "$d/bin/java")
    if [ "${v:-0}" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="$d" best_v="$v"; fi
  done
  if [ -n "$best" ]; then
    JAVA_HOME="$best"
    export JAVA_HOME
    echo "[regtrack] using JDK $best_v at $JAVA_HOME" >&2
  else
    echo "[regtrack] warning: no JDK 21+ found; set JAVA_HOME to a JDK 21 or newer" >&2
  fi
}

regtrack_select_jdk

if [ "$(id -u)" = 0 ] && [ -z "${REGTRACK_NO_USERNS:-}" ] && [ -z "${REGTRACK_IN_USERNS:-}" ] \
  && command -v unshare >/dev/null 2>&1 \
  && unshare --user --map-user=65534 --map-group=65534 true 2>/dev/null; then
  REGTRACK_IN_USERNS=1
  export REGTRACK_IN_USERNS
  # Inside the namespace the uid is 'nobody' (home /nonexistent): keep Maven's and Java's home.
  MAVEN_OPTS="-Duser.home=$HOME ${MAVEN_OPTS:-}"
  export MAVEN_OPTS
  echo "[regtrack] running as root: continuing as an unprivileged user (PostgreSQL refuses root)" >&2
  exec unshare --user --map-user=65534 --map-group=65534 "$0" "$@"
fi
