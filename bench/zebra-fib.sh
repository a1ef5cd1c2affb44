#!/bin/bash
# zebra-fib.sh [N] [REPS] - routes through zebra into the kernel: a zebra API client against `ip -batch`, same run.
#
# Each method installs N IPv4 /24 routes (11.0.0.0, 11.0.1.0, ... via 10.250.0.1) into table main of a
# FRESH network namespace (ferry-zbench-PID, deleted after each run, even on failure):
#   zebra  the distribution's zebra runs in the namespace; ZebraFibBench, a client as bgpd would be, pushes
#          the routes over the zebra API (gRPC, Unix socket) and waits for the kernel's answer to each one:
#          API + RIB (selection, nexthop resolution) + netlink dataplane, end to end
#   ip     `ip -n NS -batch FILE`, lines "route add PFX/24 via 10.250.0.1"
# The methods are interleaved, REPS times; the kernel's prefix count (/proc/net/fib_triestat) is checked.
# Needs root, iproute2, python3 and a build: ./mvnw -o package -DskipTests && ./mvnw -o -pl zebra test-compile
set -euo pipefail
N=${1:-100000}
REPS=${2:-3}
ROOT=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
HOME_DIR=$ROOT/etc/target/ferry
OUT=${OUT:-/tmp/ferry-bench-zebra}
NS=ferry-zbench-$$
RUN=$OUT/run-$$
mkdir -p "$OUT"
[ -x "$HOME_DIR/bin/zebra" ] || { echo "zebra-fib: build first: ./mvnw -o package -DskipTests" >&2; exit 1; }
[ -f "$ROOT/zebra/target/test-classes/dev/ferry/zebra/bench/ZebraFibBench.class" ] ||
	{ echo "zebra-fib: build first: ./mvnw -o -pl zebra test-compile" >&2; exit 1; }
CP=$ROOT/zebra/target/test-classes:$(ls "$HOME_DIR"/lib/*.jar | tr '\n' ':')
zpid=""
cleanup() {
	if [ -n "$zpid" ] && kill -TERM "$zpid" 2>/dev/null; then
		for _ in $(seq 1 100); do kill -0 "$zpid" 2>/dev/null || break; sleep 0.1; done
	fi
	[ -n "$zpid" ] && kill -KILL "$zpid" 2>/dev/null || true
	zpid=""
	[ -e "/run/netns/$NS" ] && ip netns del "$NS"
	return 0
}
trap cleanup EXIT INT TERM

# shellcheck source=fib-common.sh
. "$ROOT/bench/fib-common.sh"
F=$(routes_file)

RESULTS=$OUT/results-$N.jsonl
: >"$RESULTS"
for rep in $(seq 1 "$REPS"); do
	for m in zebra ip; do
		cleanup
		fresh_namespace
		base=$(kcount)
		load=$(cut -d' ' -f1 /proc/loadavg)
		case $m in
		zebra)
			rm -rf "$RUN" && mkdir -p "$RUN"
			ip netns exec "$NS" "$HOME_DIR/bin/zebra" -d --vty_socket "$RUN" -i "$RUN/zebra.pid" \
				--log "file:$RUN/zebra.log"
			zpid=$(cat "$RUN/zebra.pid")
			for _ in $(seq 1 300); do [ -S "$RUN/zserv.api" ] && break; sleep 0.1; done
			line=$("$JAVA" --enable-native-access=ALL-UNNAMED -cp "$CP" dev.ferry.zebra.bench.ZebraFibBench \
				"$N" "$RUN/zserv.api" 10.250.0.1)
			rss=$(awk '/VmHWM/{print $2}' "/proc/$zpid/status")
			line=${line%\}}", \"zebra_peak_rss_kb\": $rss}"
			;;
		ip)
			t0=$(date +%s.%N)
			ip -n "$NS" -batch "$F"
			t1=$(date +%s.%N)
			line=$(python3 -c "t=$t1-$t0; print('{\"impl\": \"ip -batch\", \"n\": $N, \"t_s\": %.3f, \"routes_per_s\": %d}' % (t, $N / t))")
			;;
		esac
		added=$(($(kcount) - base))
		line=${line%\}}", \"kernel_added\": $added, \"load\": $load, \"rep\": $rep}"
		echo "$line" | tee -a "$RESULTS"
	done
done
cleanup
python3 - "$RESULTS" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
med = {}
for impl in dict.fromkeys(r["impl"] for r in rows):
    ts = [r["t_s"] for r in rows if r["impl"] == impl]
    med[impl] = statistics.median(ts)
    print(f"{impl:12s} median {med[impl]:.3f} s over {len(ts)} runs")
if "ferry-zebra" in med and "ip -batch" in med:
    print(f"zebra / ip -batch speed: {med['ip -batch'] / med['ferry-zebra']:.2f}x")
PY
