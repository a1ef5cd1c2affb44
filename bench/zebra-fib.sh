#!/bin/bash
# zebra-fib.sh [N] [REPS] - routes through zebra into the kernel: Ferry's zebra, FRR 8.4's zebra and `ip -batch`,
# same run.
#
# Each method installs N IPv4 /24 routes (11.0.0.0, 11.0.1.0, ... via 10.250.0.1) into table main of a
# FRESH network namespace (ferry-zbench-PID, deleted after each run, even on failure):
#   zebra  the distribution's zebra runs in the namespace; ZebraFibBench, a client as bgpd would be, pushes
#          the routes over the zebra API (gRPC, Unix socket) and waits for the kernel's answer to each one:
#          API + RIB (selection, nexthop resolution) + netlink dataplane, end to end; it holds its session
#          until the kernel is counted
#   frr    Debian's FRR 8.4 zebra (/usr/lib/frr) runs in the namespace as user frr with its own run dir and
#          zserv socket; bench/zapi-blast.py pushes the same routes (distance 20) over ZAPI 6 as sharpd does,
#          asking for notify-owner, and stops the clock when the namespace's kernel holds all N (the last
#          notification is reported too); it holds its session until the kernel and FRR's RIB are counted
#   ip     `ip -n NS -batch FILE`, lines "route add PFX/24 via 10.250.0.1"
#   raw    the anchors' nlbatch.py (routes pre-encoded before timing, 256 per send, no ACK): the kernel's own
#          ceiling in this run, which DESIGN.md's target (zebra within 1.3x of it) refers to
# zebra and frr also report the CPU time (all threads) of zebra and of its client up to the last result. Both
# clients have their routes before the clock starts and should take little of the 2 cores from zebra: FRR's
# is Python with its messages pre-encoded; Ferry's runs with C1 only (CLIENT_JAVA_OPTS, default
# -XX:TieredStopAtLevel=1).
# The methods are interleaved, REPS times; the kernel's prefix count (/proc/net/fib_triestat) is checked.
# METHODS (default "zebra frr ip raw") picks them.
# Needs root, iproute2, python3, Debian's frr (for frr) and a build:
# ./mvnw -o package -DskipTests && ./mvnw -o -pl zebra test-compile
set -euo pipefail
N=${1:-100000}
REPS=${2:-3}
METHODS=${METHODS:-zebra frr ip raw}
FRR_BIN=/usr/lib/frr
NLBATCH=${NLBATCH:-/work/shared/bench-anchors/nlbatch.py}
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
case " $METHODS " in *" frr "*)
	[ -x "$FRR_BIN/zebra" ] && id frr >/dev/null 2>&1 ||
		{ echo "zebra-fib: Debian's frr is missing (apt-get install frr), or METHODS without frr" >&2; exit 1; } ;;
esac
CP=$ROOT/zebra/target/test-classes:$(ls "$HOME_DIR"/lib/*.jar | tr '\n' ':')
zpid=""
bpid=""
cleanup() {
	[ -n "$bpid" ] && kill -TERM "$bpid" 2>/dev/null
	bpid=""
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

# cpu_s PID: the process's CPU time so far (user + system, all threads), in seconds.
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{sub(/.*\) /, ""); printf "%.2f", ($12 + $13) / hz}' "/proc/$1/stat"; }

# held_line FILE: the client $bpid's JSON line, once written; the client then holds its session (and so zebra
# the routes: both zebras withdraw a closed session's routes) until release.
held_line() {
	while [ ! -s "$1" ] && kill -0 "$bpid" 2>/dev/null; do sleep 0.1; done
	[ -s "$1" ] || { echo "zebra-fib: the $m client failed" >&2; exit 1; }
	head -1 "$1"
}
release() {
	touch "$RUN/release"
	wait "$bpid"
	bpid=""
}

RESULTS=$OUT/results-$N.jsonl
: >"$RESULTS"
for rep in $(seq 1 "$REPS"); do
	for m in $METHODS; do
		cleanup
		fresh_namespace
		base=$(kcount)
		added=""
		load=$(cut -d' ' -f1 /proc/loadavg)
		case $m in
		zebra)
			rm -rf "$RUN" && mkdir -p "$RUN"
			ip netns exec "$NS" "$HOME_DIR/bin/zebra" -d --vty_socket "$RUN" -i "$RUN/zebra.pid" \
				--log "file:$RUN/zebra.log"
			zpid=$(cat "$RUN/zebra.pid")
			for _ in $(seq 1 300); do [ -S "$RUN/zserv.api" ] && break; sleep 0.1; done
			"$JAVA" --enable-native-access=ALL-UNNAMED -XX:+UseSerialGC ${CLIENT_JAVA_OPTS--XX:TieredStopAtLevel=1} -cp "$CP" dev.ferry.zebra.bench.ZebraFibBench \
				"$N" "$RUN/zserv.api" 10.250.0.1 "$RUN/release" >"$RUN/bench.json" &
			bpid=$!
			line=$(held_line "$RUN/bench.json")
			added=$(($(kcount) - base))
			rss=$(awk '/VmHWM/{print $2}' "/proc/$zpid/status")
			cpu=$(cpu_s "$zpid") ccpu=$(cpu_s "$bpid")
			release
			line=${line%\}}", \"zebra_peak_rss_kb\": $rss, \"zebra_cpu_s\": $cpu, \"client_cpu_s\": $ccpu}"
			;;
		frr)
			rm -rf "$RUN" && mkdir -p "$RUN" && chown frr:frr "$RUN"
			ip netns exec "$NS" "$FRR_BIN/zebra" -d -u frr -g frr --vty_socket "$RUN" -i "$RUN/zebra.pid" \
				-z "$RUN/zserv.api" -A 127.0.0.1 --log "file:$RUN/zebra.log" --log-level informational \
				-f /dev/null -s 90000000
			zpid=$(cat "$RUN/zebra.pid")
			for _ in $(seq 1 300); do [ -S "$RUN/zserv.api" ] && break; sleep 0.1; done
			ip netns exec "$NS" python3 "$ROOT/bench/zapi-blast.py" "$N" "$RUN/zserv.api" 10.250.0.1 20 \
				"$RUN/release" >"$RUN/blast.json" &
			bpid=$!
			line=$(held_line "$RUN/blast.json")
			added=$(($(kcount) - base))
			rib=$(ip netns exec "$NS" vtysh --vty_socket "$RUN" -c "show ip route summary json" |
				python3 -c 'import json,sys; print(sum(r["fib"] for r in json.load(sys.stdin)["routes"] if r["type"] == "sharp"))')
			rss=$(awk '/VmHWM/{print $2}' "/proc/$zpid/status")
			cpu=$(cpu_s "$zpid") ccpu=$(cpu_s "$bpid")
			release
			line=${line%\}}", \"rib_fib_sharp\": $rib, \"zebra_peak_rss_kb\": $rss, \"zebra_cpu_s\": $cpu, \"client_cpu_s\": $ccpu}"
			;;
		raw)
			r=$(ip netns exec "$NS" python3 "$NLBATCH" "$N" 24 11.0.0.0 10.250.0.1 256 noack)
			line=$(python3 -c "import json,sys; r=json.loads(sys.argv[1]); print(json.dumps(dict(impl='raw netlink', n=r['n'], t_s=r['t_s'], routes_per_s=r['routes_per_s'])))" "$r")
			;;
		ip)
			t0=$(date +%s.%N)
			ip -n "$NS" -batch "$F"
			t1=$(date +%s.%N)
			line=$(python3 -c "t=$t1-$t0; print('{\"impl\": \"ip -batch\", \"n\": $N, \"t_s\": %.3f, \"routes_per_s\": %d}' % (t, $N / t))")
			;;
		esac
		[ -n "$added" ] || added=$(($(kcount) - base))
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
for impl, name in (("ferry-zebra", "zebra"), ("frr-zebra", "frr-zebra")):
    if impl in med and "ip -batch" in med:
        print(f"{name} / ip -batch speed: {med['ip -batch'] / med[impl]:.2f}x")
if "ferry-zebra" in med and "raw netlink" in med:
    print(f"zebra / raw netlink time: {med['ferry-zebra'] / med['raw netlink']:.2f}x (DESIGN.md: <= 1.3x)")
if "ferry-zebra" in med and "frr-zebra" in med:
    print(f"ferry-zebra / frr-zebra speed: {med['frr-zebra'] / med['ferry-zebra']:.2f}x")
PY
