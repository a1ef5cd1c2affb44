#!/bin/bash
# ospf-flood.sh [N] [RUNS] - N AS-external LSAs from a real FRR neighbour through to routes in the kernel:
# Ferry's ospfd + zebra against FRR 8.4's ospfd + zebra as the device under test (DUT), same run.
#
# OSPF_VERSION=3 runs the same benchmark with OSPFv3 (bench/ospf6-flood.sh): ospf6d on both routers, the link
# 2001:db8:fb::1/64 - ::2/64 (duplicate address detection off, so that link-local addresses are usable at
# link-up), N <= 65536 static routes 2001:db8:1:0::/64, 2001:db8:1:1::/64, ... as AS-External-LSAs (0x4005),
# the DUT's kernel polled with `ip -6 route show root 2001:db8:1::/48`, OUT default /tmp/ferry-bench-ospf6.
#
# Topology, built afresh for every run (namespaces ferry-ospfb-src-PID / ferry-ospfb-dut-PID, deleted on
# exit, even on failure):
#   SRC (real FRR: zebra, staticd, ospfd)  eth0 10.251.0.1/30 ==veth== eth0 10.251.0.2/30  DUT (Ferry or FRR)
# SRC has N static blackhole routes 11.0.0.0/24, 11.0.1.0/24, ... and `redistribute static`: N Type-5 LSAs
# (what an ASBR with a large external table floods). The link is point-to-point, hello 1 s / dead 4 s (the
# labs' timers: a DUT that stops reading Hellos for 4 s while busy loses the adjacency), area 0, defaults
# otherwise on both routers. The DUT's kernel is polled every 50 ms (`ip -4 route show root 11.0.0.0/8`).
# Each run measures three phases:
#   sync      SRC holds all N LSAs, the DUT runs with its eth0 down; t0 = `ip link set eth0 up`; until the
#             DUT's kernel has the N routes: Hellos, DD exchange of N headers, N requests, N LSAs, SPF,
#             zebra, netlink. The adjacency forming (Init -> Full) is part of the time.
#   withdraw  over the Full adjacency: `no redistribute static` on SRC (N LSAs flushed at MaxAge); until the
#             DUT's kernel has none of the routes.
#   reflood   1.5 s later (MinLSArrival, see below), `redistribute static` again: N LSAs re-originated over
#             the same adjacency; until the DUT's kernel has all N again.
# Adjacency loss is judged by the neighbour, which is FRR in both cases: SRC's ospfd logs every adjacency
# change (log-adjacency-changes); any AdjChg line after the first Full, or a neighbour not Full at the end,
# counts as a loss. The DUT's ospfd and zebra peak RSS (VmHWM) are read at the end of each run.
# The two DUTs alternate, RUNS times. Needs root, iproute2, python3, Debian's frr package and a build:
# ./mvnw -o package -DskipTests. IMPLS env (default "ferry frr") picks the DUTs; OUT (default
# /tmp/ferry-bench-ospf) keeps the results (JSON lines) and, with KEEP=1, every run's logs; CAPTURE=1 also
# writes a pcap of the link (taken on SRC) per run there (OUT/logs/IMPL-REP.pcap); DETAIL=1 traces the DUT's
# zebra RIB, FIB and kernel counts every 50 ms (OUT/logs/IMPL-REP.rib; phase start times in OUT/phases-*).
set -euo pipefail
N=${1:-10000}
RUNS=${2:-3}
if [ "${OSPF_VERSION:-2}" = 3 ]; then
	ME=ospf6-flood DAEMON=ospf6d NODE=ospf6 IFCMD="ipv6 ospf6" SHOW="ipv6 ospf6" AFI=ipv6 FAMILY=-6 PCAP=ip6
	ROUTES_ROOT=2001:db8:1::/48 LSA_COUNTER=numberOfAsScopedLsa TAG=ospf6b
	[ "$N" -le 65536 ] || { echo "$ME: N is at most 65536 (one /64 each in $ROUTES_ROOT)" >&2; exit 1; }
else
	ME=ospf-flood DAEMON=ospfd NODE=ospf IFCMD="ip ospf" SHOW="ip ospf" AFI=ip FAMILY=-4 PCAP=ip
	ROUTES_ROOT=11.0.0.0/8 LSA_COUNTER=lsaExternalCounter TAG=ospfb
fi
ROOT=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
FERRY=$ROOT/etc/target/ferry
FRR_BIN=/usr/lib/frr
OUT=${OUT:-/tmp/ferry-bench-$NODE}
IMPLS=${IMPLS:-ferry frr}
PHASE_TIMEOUT=${PHASE_TIMEOUT:-300}
SRC_NS=ferry-$TAG-src-$$
DUT_NS=ferry-$TAG-dut-$$
VETH_SRC=f${NODE#ospf}b$$s VETH_DUT=f${NODE#ospf}b$$d
WORK=$(mktemp -d /tmp/ferry-bench-$NODE.XXXXXX)
SRC_PIDS="" DUT_PIDS="" FERRY_UP="" CAPTURE_PID="" TRACE_PID=""

for tool in python3 vtysh "$FRR_BIN/$DAEMON" "$FRR_BIN/zebra" "$FRR_BIN/staticd"; do
	command -v "$tool" >/dev/null || { echo "$ME: $tool is missing (apt-get install frr)" >&2; exit 1; }
done
[ -x "$FERRY/bin/frrinit.sh" ] || { echo "$ME: build first: ./mvnw -o package -DskipTests" >&2; exit 1; }
mkdir -p "$OUT"
chmod 0755 "$WORK"

# stop_pids PIDS: SIGTERM, wait up to 10 s, then SIGKILL; only processes this script started.
stop_pids() {
	local p
	for p in $1; do kill -TERM "$p" 2>/dev/null || true; done
	for p in $1; do
		for _ in $(seq 100); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
		kill -KILL "$p" 2>/dev/null || true
	done
}

teardown() {
	if [ -n "$FERRY_UP" ]; then
		ip netns exec "$DUT_NS" "$FERRY/bin/frrinit.sh" stop --config_dir "$WORK/dut/etc" --run_dir "$WORK/dut/run" \
			>/dev/null 2>&1 || true
		FERRY_UP=""
	fi
	stop_pids "$CAPTURE_PID $TRACE_PID"
	stop_pids "$DUT_PIDS"
	stop_pids "$SRC_PIDS"
	DUT_PIDS="" SRC_PIDS="" CAPTURE_PID="" TRACE_PID=""
	ip netns del "$SRC_NS" 2>/dev/null || true
	ip netns del "$DUT_NS" 2>/dev/null || true
	return 0
}
cleanup() {
	teardown
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now() { date +%s.%N; }
since() { python3 -c "import sys; print('%.3f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$1" "$(now)"; }
routes() { ip -n "$DUT_NS" $FAMILY route show root $ROUTES_ROOT | wc -l; }

# await_routes WANT: polls the DUT's kernel until it holds WANT routes of ROUTES_ROOT; 1 on timeout.
await_routes() {
	local deadline=$((SECONDS + PHASE_TIMEOUT))
	while [ "$(routes)" -ne "$1" ]; do
		[ "$SECONDS" -lt "$deadline" ] || return 1
		sleep 0.05
	done
}

src_vtysh() { vtysh --vty_socket "$WORK/src/run" --config_dir "$WORK/src/etc" "$@"; }

router_conf() { # hostname router-id extra-router-lines
	printf 'frr defaults traditional\nhostname %s\n!\ninterface eth0\n' "$1"
	[ "$NODE" = ospf6 ] && echo " ipv6 ospf6 area 0"
	printf ' %s network point-to-point\n %s hello-interval 1\n %s dead-interval 4\nexit\n!\n' "$IFCMD" "$IFCMD" "$IFCMD"
	printf 'router %s\n %s router-id %s\n log-adjacency-changes\n' "$NODE" "$NODE" "$2"
	[ "$NODE" = ospf ] && echo " network 10.251.0.0/30 area 0"
	printf '%s\nexit\n!\n' "$3"
}

static_routes() {
	python3 - "$N" "$NODE" <<-'PY'
		import sys
		for i in range(int(sys.argv[1])):
		    if sys.argv[2] == "ospf6":
		        print(f"ipv6 route 2001:db8:1:{i:x}::/64 blackhole")
		        continue
		    a = (11 << 24) + (i << 8)
		    print(f"ip route {a >> 24}.{(a >> 16) & 255}.{(a >> 8) & 255}.0/24 blackhole")
	PY
}

# start_frr NS DIR DAEMONS...: Debian's FRR daemons as user frr with their own sockets, then vtysh -b.
# Prints the pids started.
start_frr() {
	local ns=$1 dir=$2 d pids=""
	shift 2
	mkdir -p "$dir/run"
	chown -R frr:frr "$dir"
	for d in "$@"; do
		ip netns exec "$ns" "$FRR_BIN/$d" -d -u frr -g frr --vty_socket "$dir/run" -i "$dir/run/$d.pid" \
			-z "$dir/run/zserv.api" -A 127.0.0.1 --log "file:$dir/run/$d.log" --log-level informational \
			-f /dev/null $([ "$d" = zebra ] && echo "-s 90000000") >&2
		for _ in $(seq 200); do [ -S "$dir/run/$d.vty" ] && break; sleep 0.05; done
		pids="$pids $(cat "$dir/run/$d.pid")"
	done
	echo "$pids"
	ip netns exec "$ns" vtysh --vty_socket "$dir/run" --config_dir "$dir/etc" -b >"$dir/run/vtysh-boot.log" 2>&1 ||
		echo "$ME: vtysh -b on $ns reported errors, see $dir/run/vtysh-boot.log" >&2
}

json_field() { # JSON-on-stdin path...
	python3 -c "
import json, sys
v = json.load(sys.stdin)
for k in sys.argv[1:]:
    v = v.get(k, {}) if isinstance(v, dict) else {}
print(v if v != {} else '')" "$@"
}

src_neighbor_state() {
	src_vtysh -c "show $SHOW neighbor json" | python3 -c "
import json, sys
n = json.load(sys.stdin).get('neighbors', {})
n = [x for v in n.values() for x in v] if isinstance(n, dict) else n  # ospfd: by router id; ospf6d: a list
print(' '.join(x.get('state', x.get('nbrState', '?')) for x in n) or 'none')"
}

# trace_rib FILE: with DETAIL=1, every 50 ms a line "epoch-seconds rib fib kernel": the DUT's OSPF routes
# in zebra's RIB (asked over zebra's VTY socket, no vtysh process), those zebra counts as in the FIB, and the
# kernel's; it tells the OSPF daemon's share of a phase from zebra's. Runs until killed.
trace_rib() {
	python3 - "$WORK/dut/run/zebra.vty" "$DUT_NS" "$1" "$AFI" "$NODE" "$FAMILY" "$ROUTES_ROOT" <<-'PY'
		import json, socket, subprocess, sys, time
		s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
		s.connect(sys.argv[1])
		def cmd(line):
		    s.sendall(line.encode() + b"\0")
		    buf = bytearray()
		    while not (len(buf) >= 4 and buf[-4:-1] == b"\0\0\0"):
		        chunk = s.recv(65536)
		        if not chunk:
		            sys.exit(0)  # zebra is gone
		        buf += chunk
		    return buf[:-4].decode(errors="replace")
		with open(sys.argv[3], "a") as out:
		    while True:
		        try:
		            r = [x for x in json.loads(cmd(f"show {sys.argv[4]} route summary json")).get("routes", [])
		                 if x.get("type") == sys.argv[5]]
		            rib, fib = (r[0].get("rib", 0), r[0].get("fib", 0)) if r else (0, 0)
		        except ValueError:
		            rib, fib = "?", "?"
		        except OSError:
		            sys.exit(0)  # zebra is gone
		        k = subprocess.run(["ip", "-n", sys.argv[2], sys.argv[6], "route", "show", "root", sys.argv[7]],
		                           capture_output=True).stdout.count(b"\n")
		        out.write(f"{time.time():.3f} {rib} {fib} {k}\n")
		        out.flush()
		        time.sleep(0.05)
	PY
}

adjchg_lines() { grep -c 'AdjChg' "$WORK/src/run/$DAEMON.log" || true; }

run_once() { # impl rep
	local impl=$1 rep=$2 t0 sync withdraw reflood adj_before adj_after state load rss_daemon rss_zebra
	teardown
	rm -rf "$WORK/src" "$WORK/dut" "$OUT/phases-$impl-$rep"
	mkdir -p "$WORK/src/etc" "$WORK/dut/etc" "$WORK/dut/run"
	ip netns add "$SRC_NS"
	ip netns add "$DUT_NS"
	ip link add "$VETH_SRC" type veth peer name "$VETH_DUT"
	ip link set "$VETH_SRC" netns "$SRC_NS" name eth0
	ip link set "$VETH_DUT" netns "$DUT_NS" name eth0
	for ns in "$SRC_NS" "$DUT_NS"; do
		[ "$NODE" = ospf6 ] && ip netns exec "$ns" sysctl -qw net.ipv6.conf.eth0.accept_dad=0
		ip -n "$ns" link set lo up
	done
	if [ "$NODE" = ospf6 ]; then
		ip -n "$SRC_NS" addr add 2001:db8:fb::1/64 dev eth0 nodad
		ip -n "$DUT_NS" addr add 2001:db8:fb::2/64 dev eth0 nodad
	else
		ip -n "$SRC_NS" addr add 10.251.0.1/30 dev eth0
		ip -n "$DUT_NS" addr add 10.251.0.2/30 dev eth0
	fi
	ip -n "$SRC_NS" link set eth0 up # the DUT's side stays down until the sync phase

	# SRC: FRR with N external LSAs in its database before the DUT can see it.
	{ router_conf src 10.0.0.1 " redistribute static"; static_routes; } >"$WORK/src/etc/frr.conf"
	echo "service integrated-vtysh-config" >"$WORK/src/etc/vtysh.conf"
	SRC_PIDS=$(start_frr "$SRC_NS" "$WORK/src" zebra staticd "$DAEMON")
	local deadline=$((SECONDS + PHASE_TIMEOUT))
	until [ "$(src_vtysh -c "show $SHOW json" | json_field "$LSA_COUNTER")" = "$N" ]; do
		[ "$SECONDS" -lt "$deadline" ] || { echo "$ME: SRC did not originate $N LSAs" >&2; return 1; }
		sleep 0.5
	done

	# DUT, idle with its link down.
	router_conf dut 10.0.0.2 "" >"$WORK/dut/etc/frr.conf"
	echo "service integrated-vtysh-config" >"$WORK/dut/etc/vtysh.conf"
	case $impl in
	ferry)
		printf '%s=yes\nvtysh_enable=yes\nzebra_options="  -A 127.0.0.1 -s 90000000"\n' "$DAEMON" \
			>"$WORK/dut/etc/daemons"
		FERRY_UP=1
		ip netns exec "$DUT_NS" "$FERRY/bin/frrinit.sh" start --config_dir "$WORK/dut/etc" --run_dir "$WORK/dut/run" \
			>"$WORK/dut/frrinit.log" 2>&1 || { cat "$WORK/dut/frrinit.log" >&2; return 1; }
		;;
	frr)
		DUT_PIDS=$(start_frr "$DUT_NS" "$WORK/dut" zebra staticd "$DAEMON")
		;;
	esac
	sleep 1 # let the DUT settle after its configuration load (idle: nothing to measure yet)
	[ "$(routes)" -eq 0 ] || { echo "$ME: DUT has $ROUTES_ROOT routes before the link is up" >&2; return 1; }

	if [ "${CAPTURE:-0}" = 1 ]; then # OSPF packets on the link, seen from SRC, for a look with tshark afterwards
		mkdir -p "$OUT/logs"
		ip netns exec "$SRC_NS" tcpdump -i eth0 -s 200 -w "$OUT/logs/$impl-$rep.pcap" "$PCAP" proto 89 2>/dev/null &
		CAPTURE_PID=$!
	fi
	if [ "${DETAIL:-0}" = 1 ]; then
		mkdir -p "$OUT/logs"
		: >"$OUT/logs/$impl-$rep.rib"
		trace_rib "$OUT/logs/$impl-$rep.rib" &
		TRACE_PID=$!
	fi
	load=$(cut -d' ' -f1 /proc/loadavg)
	t0=$(now)
	echo "$t0 sync" >>"$OUT/phases-$impl-$rep"
	ip -n "$DUT_NS" link set eth0 up
	await_routes "$N" && sync=$(since "$t0") || sync=null
	adj_before=$(adjchg_lines)

	t0=$(now)
	echo "$t0 withdraw" >>"$OUT/phases-$impl-$rep"
	src_vtysh -c 'configure terminal' -c "router $NODE" -c 'no redistribute static'
	await_routes 0 && withdraw=$(since "$t0") || withdraw=null

	# The DUT holds the flushed copies now. A new instance arriving within MinLSArrival (1 s) of them is
	# discarded by either DUT (RFC 2328 13 step 5a) and only comes back with SRC's retransmission 5 s later:
	# wait that second out, so that the phase measures flooding, not that timer.
	sleep 1.5
	t0=$(now)
	echo "$t0 reflood" >>"$OUT/phases-$impl-$rep"
	src_vtysh -c 'configure terminal' -c "router $NODE" -c 'redistribute static'
	await_routes "$N" && reflood=$(since "$t0") || reflood=null
	sleep 5 # one dead interval more: a loss caused by the burst shows up in SRC's log
	stop_pids "$TRACE_PID"
	TRACE_PID=""
	adj_after=$(adjchg_lines)
	state=$(src_neighbor_state)

	rss_daemon=$(awk '/VmHWM/{print $2}' "/proc/$(cat "$WORK/dut/run/$DAEMON.pid")/status")
	rss_zebra=$(awk '/VmHWM/{print $2}' "/proc/$(cat "$WORK/dut/run/zebra.pid")/status")
	echo "{\"impl\": \"$impl\", \"rep\": $rep, \"n\": $N, \"sync_s\": $sync, \"withdraw_s\": $withdraw," \
		"\"reflood_s\": $reflood, \"adjchg_after_full\": $((adj_after - adj_before)), \"src_sees\": \"$state\"," \
		"\"${DAEMON}_hwm_kb\": $rss_daemon, \"zebra_hwm_kb\": $rss_zebra, \"load\": $load}" | tee -a "$RESULTS"
	if [ "${KEEP:-0}" = 1 ]; then
		rm -rf "$OUT/logs/$impl-$rep" && mkdir -p "$OUT/logs/$impl-$rep" && cp -r "$WORK/src/run" "$OUT/logs/$impl-$rep/src" &&
			cp -r "$WORK/dut/run" "$OUT/logs/$impl-$rep/dut" 2>/dev/null || true
	fi
}

RESULTS=$OUT/results-$N.jsonl
: >"$RESULTS"
for rep in $(seq 1 "$RUNS"); do
	for impl in $IMPLS; do
		run_once "$impl" "$rep"
	done
done
teardown

python3 - "$RESULTS" "$DAEMON" <<'PY'
import json, statistics, sys
daemon = sys.argv[2]
rows = [json.loads(l) for l in open(sys.argv[1])]
print("load average at the start of each run: " + ", ".join(f"{r['impl']} {r['load']}" for r in rows))
def med(rs, k):
    v = [r[k] for r in rs if r[k] is not None]
    return f"{statistics.median(v):.2f}" if len(v) == len(rs) else f"{len(rs) - len(v)} timed out"
print("\n| DUT | N | sync s | withdraw s | re-flood s | adjacency changes after Full | SRC sees | " + daemon + " peak RSS MB | zebra peak RSS MB | runs |")
print("|---|---|---|---|---|---|---|---|---|---|")
for impl in dict.fromkeys(r["impl"] for r in rows):
    rs = [r for r in rows if r["impl"] == impl]
    name = {"ferry": f"Ferry {daemon} + zebra", "frr": f"FRR 8.4 {daemon} + zebra"}.get(impl, impl)
    print(f"| {name} | {rs[0]['n']} | {med(rs, 'sync_s')} | {med(rs, 'withdraw_s')} | {med(rs, 'reflood_s')} "
          f"| {sum(r['adjchg_after_full'] for r in rs)} | {', '.join(sorted(set(r['src_sees'] for r in rs)))} "
          f"| {statistics.median(r[daemon + '_hwm_kb'] for r in rs) / 1024:.0f} "
          f"| {statistics.median(r['zebra_hwm_kb'] for r in rs) / 1024:.0f} | {len(rs)} |")
PY
