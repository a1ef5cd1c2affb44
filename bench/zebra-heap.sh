#!/bin/bash
# zebra-heap.sh [N] - where zebra's memory goes with N IPv4 routes in: RSS, heap and the live objects by class.
#
# zebra (the distribution's, with the launcher's JVM flags plus FERRY_JAVA_OPTS) runs in a FRESH namespace
# (ferry-zheap-PID, deleted at the end, even on failure); ZebraFibBench pushes N /24 routes via 10.250.0.1 over
# the zebra API as in zebra-fib.sh, then keeps its session (so zebra keeps the routes) while this prints
# zebra's RSS (now and peak), `jcmd GC.heap_info` and the top of `jcmd GC.class_histogram` (a full GC first:
# live objects only). Needs root, iproute2 and a build as for zebra-fib.sh.
set -euo pipefail
N=${1:-1000000}
ROOT=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
JDK=${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
HOME_DIR=$ROOT/etc/target/ferry
OUT=${OUT:-/tmp/ferry-bench-zebra-heap}
NS=ferry-zheap-$$
RUN=$OUT/run-$$
HOLD=$RUN/hold
mkdir -p "$OUT"
[ -f "$ROOT/zebra/target/test-classes/dev/ferry/zebra/bench/ZebraFibBench.class" ] ||
	{ echo "zebra-heap: build first: ./mvnw -o package -DskipTests && ./mvnw -o -pl zebra test-compile" >&2; exit 1; }
CP=$ROOT/zebra/target/test-classes:$(ls "$HOME_DIR"/lib/*.jar | tr '\n' ':')
zpid="" cpid=""
cleanup() {
	[ -n "$cpid" ] && { mkdir -p "$RUN" && touch "$HOLD"; wait "$cpid" 2>/dev/null || true; }
	if [ -n "$zpid" ] && kill -TERM "$zpid" 2>/dev/null; then
		for _ in $(seq 1 100); do kill -0 "$zpid" 2>/dev/null || break; sleep 0.1; done
		kill -KILL "$zpid" 2>/dev/null || true
	fi
	[ -e "/run/netns/$NS" ] && ip netns del "$NS"
	return 0
}
trap cleanup EXIT INT TERM
# shellcheck source=fib-common.sh
. "$ROOT/bench/fib-common.sh"
fresh_namespace
rm -rf "$RUN" && mkdir -p "$RUN"
ip netns exec "$NS" "$HOME_DIR/bin/zebra" -d --vty_socket "$RUN" -i "$RUN/zebra.pid" --log "file:$RUN/zebra.log"
zpid=$(cat "$RUN/zebra.pid")
for _ in $(seq 1 300); do [ -S "$RUN/zserv.api" ] && break; sleep 0.1; done
"$JDK/bin/java" --enable-native-access=ALL-UNNAMED -cp "$CP" dev.ferry.zebra.bench.ZebraFibBench \
	"$N" "$RUN/zserv.api" 10.250.0.1 "$HOLD" >"$RUN/bench.out" 2>/dev/null &
cpid=$!
for _ in $(seq 1 6000); do grep -q '"impl"' "$RUN/bench.out" 2>/dev/null && break; sleep 0.1; done
cat "$RUN/bench.out"
echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "zebra kernel routes: $(ip netns exec "$NS" awk '/^Main:/{m=1} m&&/Prefixes:/{print $2; exit}' /proc/net/fib_triestat)"
grep -E 'VmRSS|VmHWM' "/proc/$zpid/status"
"$JDK/bin/jcmd" "$zpid" GC.heap_info | tail -n +2
"$JDK/bin/jcmd" "$zpid" GC.class_histogram >"$RUN/histogram"
head -n 16 "$RUN/histogram"; tail -n 1 "$RUN/histogram"
echo "after the full GC: $(grep VmRSS "/proc/$zpid/status")"
# With FERRY_JAVA_OPTS=-XX:NativeMemoryTracking=summary: the JVM's own memory by area (heap, code, metaspace...).
"$JDK/bin/jcmd" "$zpid" VM.native_memory summary 2>/dev/null | grep -E '^Total|^-|not enabled' | head -n 24
