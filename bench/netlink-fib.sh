#!/bin/bash
# netlink-fib.sh [N] [REPS] - kernel FIB install rate: Ferry's netlink layer against `ip -batch`, same run.
#
# Each method installs N IPv4 /24 routes (11.0.0.0, 11.0.1.0, ... via 10.250.0.1) into table main of a
# FRESH network namespace (ferry-nlbench-PID, deleted after each run, even on failure):
#   ferry-noack  NetlinkFibBench: 256 RTM_NEWROUTE per sendmsg(), no ACK asked, failures still read
#                and matched to their routes (RequestBatcher), CREATE|REPLACE, proto 233
#   ferry-ack    the same with one ACK per route
#   ip           `ip -n NS -batch FILE`, lines "route add PFX/24 via 10.250.0.1" (one request, one answer)
#   raw          the anchors' nlbatch.py (Python, routes pre-encoded before timing, 256 per send, no ACK):
#                the kernel's own ceiling on this machine in this run, for reference
# as /work/shared/bench-anchors/run-ipbatch.sh does. The methods are interleaved, REPS times. Kernel
# prefix counts come from /proc/net/fib_triestat (Main: Prefixes). Needs root, iproute2, python3 and a
# build: ./mvnw -o -pl lib -am install -DskipTests && ./mvnw -o -pl lib test-compile
# METHODS env (default "ferry-noack ferry-ack ip raw"); JAVA env (default Temurin 25); WARMUP env (default 0:
# Ferry's JVM starts cold and the time includes JIT and FFM linkage; N > 0 installs N routes into table 200
# first, untimed, to show the steady state). The machine's load average is recorded with each run.
set -euo pipefail
N=${1:-100000}
REPS=${2:-3}
ROOT=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
METHODS=${METHODS:-"ferry-noack ferry-ack ip raw"}
NLBATCH=${NLBATCH:-/work/shared/bench-anchors/nlbatch.py}
OUT=${OUT:-/tmp/ferry-bench-netlink}
NS=ferry-nlbench-$$
CP=$ROOT/lib/target/classes:$ROOT/lib/target/test-classes
mkdir -p "$OUT"
[ -f "$ROOT/lib/target/test-classes/dev/ferry/lib/netlink/NetlinkFibBench.class" ] ||
	{ echo "netlink-fib: build first: ./mvnw -o -pl lib test-compile" >&2; exit 1; }
cleanup() { [ -e "/run/netns/$NS" ] && ip netns del "$NS"; return 0; }
trap cleanup EXIT INT TERM

# shellcheck source=fib-common.sh
. "$ROOT/bench/fib-common.sh"
F=$(routes_file)

RESULTS=$OUT/results-$N.jsonl
: >"$RESULTS"
for rep in $(seq 1 "$REPS"); do
	for m in $METHODS; do
		cleanup
		fresh_namespace
		base=$(kcount)
		load=$(cut -d' ' -f1 /proc/loadavg)
		case $m in
		ferry-noack | ferry-ack)
			line=$("$JAVA" --enable-native-access=ALL-UNNAMED -cp "$CP" dev.ferry.lib.netlink.NetlinkFibBench \
				"$N" "${m#ferry-}" "$NS" 256 "${WARMUP:-0}")
			;;
		raw)
			r=$(ip netns exec "$NS" python3 "$NLBATCH" "$N" 24 11.0.0.0 10.250.0.1 256 noack)
			line=$(python3 -c "import json,sys; r=json.loads(sys.argv[1]); print(json.dumps(dict(impl='nlbatch.py', mode='raw', n=r['n'], t_s=r['t_s'], routes_per_s=r['routes_per_s'])))" "$r")
			;;
		ip)
			t0=$(date +%s.%N)
			ip -n "$NS" -batch "$F"
			t1=$(date +%s.%N)
			line=$(python3 -c "t=$t1-$t0; print('{\"impl\": \"ip -batch\", \"mode\": \"ip\", \"n\": $N, \"t_s\": %.3f, \"routes_per_s\": %d}' % (t, $N / t))")
			;;
		esac
		added=$(($(kcount) - base))
		echo "${line%\}}, \"rep\": $rep, \"kernel_prefixes_added\": $added, \"load\": $load}" | tee -a "$RESULTS"
		cleanup
		sleep "${SETTLE:-3}" # namespace teardown frees the routes asynchronously
	done
done

python3 - "$RESULTS" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
print("load average at the start of the runs: " + ", ".join(str(r["load"]) for r in rows))
print("\n| method | N | median s | routes/s (median) | min..max routes/s | runs | kernel prefixes |")
print("|---|---|---|---|---|---|---|")
for m in dict.fromkeys(r["mode"] for r in rows):
    rs = [r for r in rows if r["mode"] == m]
    name = {"ip": "ip -batch", "raw": "raw netlink (nlbatch.py, pre-encoded, 256/send, no ACK)",
            "noack": "Ferry netlink, 256/send, no ACK (failures read)",
            "ack": "Ferry netlink, 256/send, ACK each"}.get(m, m)
    rate = [r["routes_per_s"] for r in rs]
    print(f"| {name} | {rs[0]['n']} | {statistics.median(r['t_s'] for r in rs):.2f} | {round(statistics.median(rate))} "
          f"| {min(rate)}..{max(rate)} | {len(rs)} | {sorted(set(r['kernel_prefixes_added'] for r in rs))} |")
PY
