#!/bin/sh
# The window's start-up, JVM start to main window shown with its data (StartupProbe), as a
# volunteer sees it: a benchmark, not a timed test (docs/benchmarks.md). Each command is run once to
# warm the disk cache, then RUNS times, the two alternating; every time is printed, in milliseconds,
# then the load average.
# Usage: packaging/window-start-benchmark.sh [RUNS]   after `mvn -Ppackage package`
# Compares the developers' jar (java -jar target/contrechamp.jar, the JDK's own class-data archive)
# with the unpacked portable archive (its launcher, with the class-data archive made on first run).
# Needs Xvfb; uses display :97 unless BENCH_DISPLAY says otherwise.
set -eu
runs=${1:-5}
project=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
display=${BENCH_DISPLAY:-:97}
work=$(mktemp -d)
Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
tar -xzf "$project"/target/installer/contrechamp-*-linux-x64.tar.gz -C "$work"
portable=$(echo "$work"/contrechamp-*/bin/contrechamp)
# The first start makes the class-data archive in the background: let it finish.
"$portable" --version >/dev/null
while ! [ -f "$(dirname "$portable")/../lib/app/contrechamp.jsa" ]; do sleep 1; done

# One start, its milliseconds on stdout. A fresh data directory for the first (warm-up) run only.
start() { # COMMAND...
  rm -f "$work/ms"
  DISPLAY=$display "$@" --data "$work/data" >/dev/null 2>&1
  cat "$work/ms"
}
jar_times=
portable_times=
# The two alternate, run after run, so that a change of the machine's load touches both alike.
i=0
while [ $i -le "$runs" ]; do
  jar=$(start java "-Dcontrechamp.startupProbe=$work/ms" -jar "$project/target/contrechamp.jar")
  portable_ms=$(export CONTRECHAMP_JAVA_OPTS="-Dcontrechamp.startupProbe=$work/ms"; start "$portable")
  if [ $i -gt 0 ]; then
    jar_times="$jar_times $jar"
    portable_times="$portable_times $portable_ms"
  fi
  i=$((i + 1))
done
echo "java -jar target/contrechamp.jar:$jar_times"
echo "portable launcher:$portable_times"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
