#!/bin/sh
# The window's start-up, JVM start to main window shown with its data (StartupProbe), as a
# volunteer sees it: a benchmark, not a timed test (docs/benchmarks.md). Each command is run once to
# warm the disk cache, then RUNS times; every time is printed, in milliseconds, then the load average.
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

measure() { # NAME COMMAND...
  name=$1; shift
  rm -rf "$work/data"
  times=
  i=0
  while [ $i -le "$runs" ]; do
    rm -f "$work/ms"
    DISPLAY=$display "$@" --data "$work/data" >/dev/null 2>&1
    [ $i -gt 0 ] && times="$times $(cat "$work/ms")"
    i=$((i + 1))
  done
  echo "$name:$times"
}
measure "java -jar target/contrechamp.jar" \
  java "-Dcontrechamp.startupProbe=$work/ms" -jar "$project/target/contrechamp.jar"
export CONTRECHAMP_JAVA_OPTS="-Dcontrechamp.startupProbe=$work/ms"
measure "portable launcher" "$portable"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
