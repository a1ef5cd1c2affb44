#!/bin/bash
# ldp-fec.sh [N] [RUNS] - LDP label distribution for N FECs between two Ferry ldpd, against two FRR ldpd, same run.
#
# Each run builds two FRESH namespaces, A (ferry-lbench-PID-a) and B (ferry-lbench-PID-b), joined by a veth
# (a0 10.254.0.1/30 - b0 10.254.0.2/30). zebra and ldpd run in both. A's FECs are N connected subnets:
# 10.x.y.1/24 on d0, one end of a veth pair inside A (ip -batch, before the daemons start). Both ldpd bind implicit-null to a
# connected FEC (FRR's egress_label), so no label manager is involved, and both advertise the N addresses in
# Address messages as well. Why not static or kernel routes: Ferry's zebra does not import kernel routes, and
# loading 10,000 `ip route` lines takes minutes in either staticd (FRR: a northbound commit per line; Ferry:
# ~30 ms a line), which is set-up, not LDP. A starts with its LDP interface, B with `mpls ldp` but none. Once
# A has bound all N FECs, the clock starts: `interface b0` goes to B's ldpd over its VTY socket, Hellos flow,
# the session comes up and A advertises its N bindings. Measured on B, by polling its ldpd's VTY socket directly
# (the same small client for both: no vtysh start-up in the timings):
#   t_oper   config -> session OPERATIONAL (`show mpls ldp neighbor`; mostly the Hello interval, 1 s here)
#   t_lib    OPERATIONAL -> `show mpls ldp binding json` holds N remote bindings from A (the distribution itself)
# and the peak RSS (VmHWM) of each ldpd (FRR: its three processes summed). This kernel has no MPLS (no
# mpls_router module): zebra's LSP installs fail and are logged, which does not touch the control plane measured.
# Ferry and FRR alternate, RUNS times each; medians at the end. Namespaces are deleted after each run, even on
# failure; only the daemons this script started are stopped (by pid).
# IMPLS="ferry" (or "frr") runs one side only; FERRY_JAVA_OPTS reaches the Ferry daemons (e.g. a JFR recording).
# Needs root, iproute2, python3, Debian's frr (/usr/lib/frr) and a build: ./mvnw -o package -DskipTests
set -euo pipefail
N=${1:-10000}
RUNS=${2:-3}
ROOT=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
HOME_DIR=$ROOT/etc/target/ferry
FRR=/usr/lib/frr
OUT=${OUT:-/tmp/ferry-bench-ldp}
NSA=ferry-lbench-$$-a
NSB=ferry-lbench-$$-b
WORK=$OUT/run-$$
mkdir -p "$OUT"
[ -x "$HOME_DIR/bin/frrinit.sh" ] || { echo "ldp-fec: build first: ./mvnw -o package -DskipTests" >&2; exit 1; }
[ -x "$FRR/ldpd" ] || { echo "ldp-fec: FRR is not installed ($FRR/ldpd)" >&2; exit 1; }
export FERRY_JAVA_HOME=${FERRY_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

# ---------------------------------------------------------------- VTY client (FRR's protocol: cmd\0 -> out\0\0\0rc)
VTY=$OUT/vty.py
cat >"$VTY" <<'PY'
import json, re, socket, sys, time

def session(path):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect(path)
    return s

def run(s, cmd):
    s.sendall(cmd.encode() + b"\0")
    buf = b""
    while not (len(buf) >= 4 and buf[-4:-1] == b"\0\0\0"):
        chunk = s.recv(1 << 20)
        if not chunk:
            raise RuntimeError("vty closed")
        buf += chunk
    return buf[:-4].decode(errors="replace")

def remote_from(text, peer):
    try:
        doc = json.loads(text)
    except ValueError:
        return -1
    return sum(1 for b in doc.get("bindings", []) if b.get("neighborId") == peer and b.get("remoteLabel") != "-")

def local_labels(text):
    try:
        doc = json.loads(text)
    except ValueError:
        return -1
    return len({b["prefix"] for b in doc.get("bindings", []) if b.get("localLabel") != "-"})

def wait(pred, deadline, every):
    while time.monotonic() < deadline:
        v = pred()
        if v:
            return v
        time.sleep(every)
    return None

cmd = sys.argv[1]
if cmd == "config":         # config SOCK [frr] < lines: configuration straight to one daemon's VTY (no vtysh)
    s = session(sys.argv[2])
    frr = len(sys.argv) > 3 and sys.argv[3] == "frr"
    run(s, "enable")
    if frr:                 # what vtysh -b/-f send: one northbound commit for the whole file, not one per line
        run(s, "XFRR_start_configuration")
    run(s, "configure terminal")
    bad = 0
    for line in sys.stdin:
        if line.strip() and run(s, line.strip()).strip():
            bad += 1
    run(s, "end")
    if frr:
        run(s, "XFRR_end_configuration")
    sys.exit(1 if bad else 0)
if cmd == "local":          # local.py SOCK N TIMEOUT: wait until ldpd bound N FECs to real labels
    path, n, timeout = sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
    s = session(path)
    ok = wait(lambda: local_labels(run(s, "show mpls ldp binding json")) >= n, time.monotonic() + timeout, 0.5)
    sys.exit(0 if ok else 1)
if cmd == "measure":        # measure SOCK PEER N TIMEOUT CONFIG...: apply config, time OPERATIONAL and the LIB
    path, peer, n, timeout = sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5])
    s = session(path)
    run(s, "enable")
    t0 = time.monotonic()
    for line in sys.argv[6:]:
        out = run(s, line)
        if out.strip():
            print("ldp-fec: %r: %s" % (line, out.strip()), file=sys.stderr)
    run(s, "end")
    end = t0 + timeout
    oper = wait(lambda: "OPERATIONAL" in run(s, "show mpls ldp neighbor") and time.monotonic(), end, 0.005)
    if not oper:
        print(json.dumps({"error": "no OPERATIONAL session"})); sys.exit(1)
    rx = re.compile(r"Label Mapping Messages: \d+/(\d+)")
    def mappings():
        m = rx.search(run(s, "show mpls ldp neighbor detail"))
        return m is not None and int(m.group(1)) >= n
    wait(mappings, end, 0.01)
    full = wait(lambda: remote_from(run(s, "show mpls ldp binding json"), peer) >= n and time.monotonic(), end, 0.01)
    if not full:
        print(json.dumps({"error": "B did not get %d bindings" % n})); sys.exit(1)
    print(json.dumps({"t_oper_s": round(oper - t0, 3), "t_lib_s": round(full - oper, 3)}))
PY

# ---------------------------------------------------------------- per-run set-up and clean-up
pids_of() { # run dir -> pids of the daemons started there (pid files)
	cat "$1"/*.pid 2>/dev/null || true
}
stop_all() { # Ferry: frrinit.sh stop; FRR: SIGTERM to the pids of its pid files that run in our namespace
	local d pid ns
	for d in "$WORK"/a "$WORK"/b; do
		[ -f "$d/ns" ] || continue
		ns=$(cat "$d/ns")
		if [ -f "$d/frrinit.daemons" ] || [ -f "$d/watchfrr.pid" ]; then
			ip netns exec "$ns" "$HOME_DIR/bin/frrinit.sh" stop --config_dir "$d" --run_dir "$d" \
				>/dev/null 2>&1 || true
		else
			for pid in $(pids_of "$d"); do
				[ "$(ip netns identify "$pid" 2>/dev/null)" = "$ns" ] && kill -TERM "$pid" 2>/dev/null
			done
			for pid in $(pids_of "$d"); do
				for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
			done
		fi
		rm -f "$d"/*.pid "$d/ns"
	done
}
cleanup() {
	stop_all
	for ns in "$NSA" "$NSB"; do
		[ -e "/run/netns/$ns" ] && ip netns del "$ns"
	done
	return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM

topology() {
	ip netns add "$NSA"
	ip netns add "$NSB"
	ip -n "$NSA" link set lo up
	ip -n "$NSB" link set lo up
	ip -n "$NSA" link add a0 type veth peer name b0 netns "$NSB"
	ip -n "$NSA" addr add 10.254.0.1/30 dev a0
	ip -n "$NSB" addr add 10.254.0.2/30 dev b0
	ip -n "$NSA" addr add 10.255.0.1/32 dev lo
	ip -n "$NSB" addr add 10.255.0.2/32 dev lo
	ip -n "$NSA" link set a0 up
	ip -n "$NSB" link set b0 up
	ip -n "$NSA" link add d0 type veth peer name d1
	ip -n "$NSA" link set d1 up
	python3 -c "
for i in range($N):
    print('addr add 10.%d.%d.1/24 dev d0' % (1 + i // 256, i % 256))" >"$WORK/addresses"
	ip -n "$NSA" -batch "$WORK/addresses"
	ip -n "$NSA" link set d0 up
}


ldp_conf() { # router-id interface-or-empty
	printf 'mpls ldp\n router-id %s\n discovery hello interval 1\n discovery hello holdtime 3\n' "$1"
	printf ' address-family ipv4\n  discovery transport-address %s\n' "$2"
	[ -n "$3" ] && printf '  interface %s\n  exit\n' "$3"
	printf ' exit-address-family\nexit\n'
}

start_ferry() { # dir ns conf
	local d=$1
	echo "$2" >"$d/ns"
	printf 'ldpd=yes\nvtysh_enable=yes\nzebra_options="  -A 127.0.0.1 -s 90000000"\n' >"$d/daemons"
	printf 'frr defaults traditional\n!\n%s\n' "$3" >"$d/frr.conf"
	printf 'service integrated-vtysh-config\n' >"$d/vtysh.conf"
	ip netns exec "$2" "$HOME_DIR/bin/frrinit.sh" start --config_dir "$d" --run_dir "$d" >"$d/frrinit.log" 2>&1
}

start_frr() { # dir ns conf
	local d=$1 daemon
	echo "$2" >"$d/ns"
	chown -R frr:frr "$d"
	for daemon in zebra ldpd; do
		extra=()
		[ "$daemon" = zebra ] && extra=(-s 90000000)
		[ "$daemon" = ldpd ] && extra=(--ctl_socket "$d")
		ip netns exec "$2" "$FRR/$daemon" -d -u frr -g frr --vty_socket "$d" -i "$d/$daemon.pid" \
			-z "$d/zserv.api" -A 127.0.0.1 --log "file:$d/$daemon.log" -f /dev/null "${extra[@]}"
		for _ in $(seq 1 200); do [ -S "$d/$daemon.vty" ] && break; sleep 0.05; done
	done
	printf '%s\n' "$3" >"$d/ldp.conf"
	ip netns exec "$2" vtysh --vty_socket "$d" -f "$d/ldp.conf" >"$d/vtysh.log" 2>&1
}

rss_kb() { # run dir -> VmHWM of ldpd and its children, summed
	local pid total=0 p
	pid=$(cat "$1/ldpd.pid")
	for p in $pid $(cat /proc/"$pid"/task/*/children 2>/dev/null); do
		total=$((total + $(awk '/VmHWM/{print $2}' "/proc/$p/status" 2>/dev/null || echo 0)))
	done
	echo "$total"
}

RESULTS=$OUT/results-$N.jsonl
: >"$RESULTS"
for rep in $(seq 1 "$RUNS"); do
	for impl in ${IMPLS:-ferry frr}; do
		cleanup
		rm -rf "$WORK" && mkdir -p "$WORK/a" "$WORK/b"
		chmod 755 "$WORK" "$WORK/a" "$WORK/b"
		topology
		load=$(cut -d' ' -f1 /proc/loadavg)
		echo "ldp-fec: $impl run $rep: starting ($(date +%T))" >&2
		"start_$impl" "$WORK/a" "$NSA" "$(ldp_conf 10.255.0.1 10.254.0.1 a0)"
		"start_$impl" "$WORK/b" "$NSB" "$(ldp_conf 10.255.0.2 10.254.0.2 '')"
		echo "ldp-fec: $impl run $rep: daemons up ($(date +%T)), waiting for A's $N bindings" >&2
		python3 "$VTY" local "$WORK/a/ldpd.vty" "$((N + 2))" 600 ||
			{ echo "ldp-fec: $impl A did not bind $N FECs; logs in $WORK/a" >&2; exit 1; }
		line=$(python3 "$VTY" measure "$WORK/b/ldpd.vty" 10.255.0.1 "$N" 300 "configure terminal" "mpls ldp" \
			"address-family ipv4" "interface b0")
		line=${line%\}}", \"impl\": \"$impl\", \"n\": $N, \"rss_a_kb\": $(rss_kb "$WORK/a"), \"rss_b_kb\": $(rss_kb "$WORK/b"), \"load\": $load, \"rep\": $rep}"
		echo "$line" | tee -a "$RESULTS"
	done
done
cleanup
python3 - "$RESULTS" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
print("%-6s %5s %12s %12s %12s %12s" % ("impl", "runs", "t_oper med", "t_lib med", "RSS A (MB)", "RSS B (MB)"))
for impl in ("ferry", "frr"):
    r = [x for x in rows if x.get("impl") == impl and "t_lib_s" in x]
    if r:
        med = lambda k: statistics.median(x[k] for x in r)
        print("%-6s %5d %10.3f s %10.3f s %12.0f %12.0f" % (impl, len(r), med("t_oper_s"), med("t_lib_s"),
              med("rss_a_kb") / 1024, med("rss_b_kb") / 1024))
PY
