#!/usr/bin/env bash
# Gradescope runs this once, as root, while it builds the autograder image ("bash /autograder/source/setup.sh", after
# apt-get update). It installs a headless Java 17 JDK only when no Java 17+ with the compiler module is present (the
# grader compiles submissions in-process with javax.tools), and bubblewrap when missing, best effort: inside
# Gradescope's Docker container bwrap usually cannot create its namespaces, and the grader then falls back on its own
# to plain test JVMs with the same limits (heap, watchdog, static check, private result channel).
set -euo pipefail

java_ok() {
  command -v java >/dev/null 2>&1 || return 1
  local version
  version="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')"
  [ "${version%%.*}" -ge 17 ] 2>/dev/null && java --list-modules 2>/dev/null | grep '^jdk\.compiler@' >/dev/null
}

updated=""
install() {
  export DEBIAN_FRONTEND=noninteractive
  [ -n "$updated" ] || { apt-get update -q && updated=1; }
  apt-get install -y -q --no-install-recommends "$@"
}
java_ok || install openjdk-17-jdk-headless
command -v bwrap >/dev/null 2>&1 || install bubblewrap || echo "setup.sh: could not install bubblewrap (optional)"
java_ok || { echo "setup.sh: no Java 17+ with the compiler module after installing" >&2; exit 1; }
java -version
command -v bwrap >/dev/null 2>&1 || echo "setup.sh: bubblewrap not installed: test JVMs run as plain processes"
