#!/bin/bash
# bgp-propagate.sh [N] [REPS] - a full table through the router under test to a second peer: Ferry's bgpd +
# zebra against real FRR 8.4's bgpd + zebra, alternating in one run.
#
# Three fresh namespaces per run, sealed (no default route, nothing linked to the host):
#   ferry-pp-inj-PID  10.251.0.1/30   ferry-bgp-inject send, AS 65100: N /24s from 11.0.0.0 in 4 KB UPDATEs,
#                                     as fast as the router takes them (its session stays up)
#   ferry-pp-dut-PID  10.251.0.2/30, 10.251.1.1/30   the router under test, AS 65000, both eBGP neighbours
#   ferry-pp-snk-PID  10.251.1.2/30   ferry-bgp-inject sink, AS 65200: parses every UPDATE the router sends
# The sender starts once the router's session to the sink is up. Propagation = the sink's last prefix
# minus the sender's first UPDATE (one clock: the namespaces share the host's). Also reported: when the
# sender's last byte was taken (the router's read side) and the router's peak RSS (VmHWM, its daemons summed).
# Needs root, Debian's frr, python3, a build (./mvnw package -DskipTests). Results: $OUTROOT (default
# /tmp/ferry-bench-propagate), one JSON line per run, then medians.
set -euo pipefail
N=${1:-100000}
REPS=${2:-1}
ROOT=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
FERRY=${FERRY_DIST:-$ROOT/etc/target/ferry}   # FERRY_DIST: another build's etc/target/ferry (A/B runs)
FRR_ROUTER=${PA_DIR:-$ROOT/../shared/bench-anchors}/frr-router.sh
OUTROOT=${OUTROOT:-/tmp/ferry-bench-propagate}
IMPLS=${IMPLS:-frr ferry}
[ -x "$FERRY/bin/ferry-bgp-inject" ] || { echo "bgp-propagate: build first: ./mvnw package -DskipTests" >&2; exit 1; }
case " $IMPLS " in *" frr "*) [ -x "$FRR_ROUTER" ] && [ -x /usr/lib/frr/bgpd ] \
	|| { echo "bgp-propagate: needs Debian's frr and the bench-anchors' frr-router.sh (PA_DIR)" >&2; exit 1; } ;; esac
INJ=ferry-pp-inj-$$; DUT=ferry-pp-dut-$$; SNK=ferry-pp-snk-$$
mkdir -p "$OUTROOT"
RUN=$OUTROOT/run; RESULTS=$OUTROOT/results; mkdir -p "$RUN" "$RESULTS"
rm -f "$RESULTS"/propagate-*-"$N"-rep*
export FRR_RUNROOT=$RUN/frr
PIDS=()

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

stop_pid() { # pid: TERM, then KILL after 5 s; only processes this script started
	local p=$1 i
	kill -TERM "$p" 2>/dev/null || return 0
	for i in $(seq 1 50); do kill -0 "$p" 2>/dev/null || return 0; sleep 0.1; done
	kill -KILL "$p" 2>/dev/null || :
}

cleanup() {
	local p
	for p in "${PIDS[@]}"; do stop_pid "$p"; done
	PIDS=()
	[ -e "/run/netns/$DUT" ] && "$FRR_ROUTER" stop "$DUT" >/dev/null 2>&1 || :
	for n in $INJ $DUT $SNK; do [ -e "/run/netns/$n" ] && ip netns del "$n"; done
	return 0
}
trap cleanup EXIT

ns_up() {
	ip netns add "$INJ"; ip netns add "$DUT"; ip netns add "$SNK"
	for n in $INJ $DUT $SNK; do ip -n "$n" link set lo up; done
	ip -n "$INJ" link add pp-inj type veth peer name pp-dut0 netns "$DUT"
	ip -n "$SNK" link add pp-snk type veth peer name pp-dut1 netns "$DUT"
	ip -n "$INJ" addr add 10.251.0.1/30 dev pp-inj; ip -n "$DUT" addr add 10.251.0.2/30 dev pp-dut0
	ip -n "$DUT" addr add 10.251.1.1/30 dev pp-dut1; ip -n "$SNK" addr add 10.251.1.2/30 dev pp-snk
	ip -n "$INJ" link set pp-inj up; ip -n "$SNK" link set pp-snk up
	ip -n "$DUT" link set pp-dut0 up; ip -n "$DUT" link set pp-dut1 up
	for n in $INJ $DUT $SNK; do
		if ip -n "$n" -4 route show default | grep -q .; then log "unexpected default route in $n"; exit 1; fi
	done
}

router_conf() { # the same BGP configuration for both implementations
	cat <<-EOF
	frr defaults traditional
	hostname dut
	router bgp 65000
	 bgp router-id 10.251.0.2
	 no bgp ebgp-requires-policy
	 no bgp network import-check
	 neighbor 10.251.0.1 remote-as 65100
	 neighbor 10.251.1.2 remote-as 65200
	 neighbor 10.251.1.2 timers connect 1
	 address-family ipv4 unicast
	  neighbor 10.251.0.1 activate
	  neighbor 10.251.1.2 activate
	 exit-address-family
	exit
	EOF
}

start_router() { # impl dir; fills DUT_PIDS
	local impl=$1 dir=$2
	DUT_PIDS=()
	if [ "$impl" = frr ]; then
		mkdir -p "$dir/conf"; router_conf >"$dir/conf/frr.conf"; echo "bgpd=yes" >"$dir/conf/daemons"
		"$FRR_ROUTER" start "$DUT" "$dir/conf" >"$dir/frr-start.log" 2>&1
		local d; for d in zebra bgpd; do DUT_PIDS+=("$(cat "$FRR_RUNROOT/$DUT/$d.pid")"); done
	else
		router_conf >"$dir/bgpd.conf"
		ip netns exec "$DUT" "$FERRY/bin/zebra" --vty_socket "$dir" -i "$dir/zebra.pid" --log "file:$dir/zebra.log" \
			-f /dev/null </dev/null >"$dir/zebra.out" 2>&1 &
		PIDS+=($!); DUT_PIDS+=($!)
		ip netns exec "$DUT" "$FERRY/bin/bgpd" --vty_socket "$dir" -i "$dir/bgpd.pid" --log "file:$dir/bgpd.log" \
			-f "$dir/bgpd.conf" </dev/null >"$dir/bgpd.out" 2>&1 &
		PIDS+=($!); DUT_PIDS+=($!)
	fi
}

hwm_sum() { # VmHWM of the router's daemons, kB
	local s=0 p v
	for p in "${DUT_PIDS[@]}"; do
		v=$(awk '/^VmHWM:/ {print $2}' "/proc/$p/status" 2>/dev/null || echo 0); s=$((s + ${v:-0}))
	done
	echo "$s"
}

one_run() { # impl rep
	local impl=$1 rep=$2 dir=$RUN/$1-$2 out=$RESULTS/propagate-$1-$N-rep$2
	rm -rf "$dir"; mkdir -p "$dir"
	ns_up
	ip netns exec "$SNK" "$FERRY/bin/ferry-bgp-inject" sink --listen 10.251.1.2 --local-as 65200 --expect "$N" \
		>"$out.sink.json" 2>"$dir/sink.err" &
	local sink=$!; PIDS+=($sink)
	start_router "$impl" "$dir"
	local i
	for i in $(seq 1 600); do grep -q established "$dir/sink.err" 2>/dev/null && break; sleep 0.1; done
	grep -q established "$dir/sink.err" || { log "$impl: no session to the sink"; cat "$dir/sink.err" >&2; return 1; }
	mkfifo "$dir/hold"
	ip netns exec "$INJ" "$FERRY/bin/ferry-bgp-inject" send --peer 10.251.0.2 --source 10.251.0.1 --local-as 65100 \
		--prefixes "$N" --stay <"$dir/hold" >"$out.send.json" 2>"$dir/send.err" &
	local send=$!; PIDS+=($send)
	exec 9>"$dir/hold" # the sender's stdin stays open: it keeps its session until this closes
	for i in $(seq 1 3000); do kill -0 "$sink" 2>/dev/null || break; sleep 0.1; done
	local hwm; hwm=$(hwm_sum)
	exec 9>&-
	wait "$sink" || :
	python3 - "$impl" "$rep" "$N" "$out" "$hwm" <<-'PY'
	import json, sys
	impl, rep, n, out, hwm = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
	s = json.loads(open(out + ".send.json").read().strip().splitlines()[-1])
	k = json.loads(open(out + ".sink.json").read().strip().splitlines()[-1])
	r = dict(impl=impl, rep=rep, n=n, received=k["prefixes"], ended=k["ended"],
	         propagate_s=round(k["t_done"] - s["t0"], 3), first_at_sink_s=round(k["t_first_update"] - s["t0"], 3),
	         sender_done_s=round(s["send_s"], 3), router_hwm_mb=round(hwm / 1024))
	json.dump(r, open(out + ".json", "w")); print(json.dumps(r))
	PY
	cleanup
}

for rep in $(seq 1 "$REPS"); do
	for impl in $IMPLS; do
		log "=== $impl rep $rep, N=$N"
		one_run "$impl" "$rep"
	done
done
python3 - "$RESULTS" "$N" "$IMPLS" <<'PY'
import glob, json, statistics, sys
res, n, impls = sys.argv[1], sys.argv[2], sys.argv[3].split()
for impl in impls:
    runs = [json.load(open(f)) for f in sorted(glob.glob(f"{res}/propagate-{impl}-{n}-rep*.json"))
            if not f.endswith((".send.json", ".sink.json"))]
    if runs:
        med = lambda k: statistics.median(r[k] for r in runs)
        print(f"{impl}: runs {len(runs)}  propagate {med('propagate_s'):.2f} s  first at sink {med('first_at_sink_s'):.2f} s"
              f"  sender done {med('sender_done_s'):.2f} s  router peak RSS {med('router_hwm_mb'):.0f} MB")
PY
