#!/bin/bash
# vtysh-latency.sh [RUNS] - `vtysh -c 'show version'` latency, Ferry against real FRR 8.4, in one run.
#
# Starts FRR's zebra and Ferry's zebra side by side in a throwaway network namespace (each with its own
# run directory), then times with hyperfine (-N, warm-up 5, RUNS runs, the two commands interleaved by
# hyperfine in one invocation):
#   FRR:   vtysh --vty_socket RUN_FRR -c 'show version'
#   Ferry: etc/target/ferry/bin/vtysh --vty_socket RUN_FERRY -c 'show version'
# and the same command over each daemon's VTY socket with one persistent connection (no process start),
# which is the daemon's own answer time. Both daemons speak the same VTY protocol, so one client serves.
# Needs root, iproute2, hyperfine, python3 and Debian's frr package; run `./mvnw package` first.
# Prints a Markdown table; raw hyperfine JSON goes to $OUT (default /tmp/ferry-bench-vtysh).
set -euo pipefail
RUNS=${1:-40}
ROOT=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
FERRY=$ROOT/etc/target/ferry
OUT=${OUT:-/tmp/ferry-bench-vtysh}
NS=ferry-bench-$$
WORK=$(mktemp -d /tmp/ferry-bench-vtysh.XXXXXX)
RUN_FRR=$WORK/frr RUN_FERRY=$WORK/ferry
FRR_PID="" FERRY_PID=""

for tool in hyperfine python3 /usr/lib/frr/zebra vtysh; do
	command -v "$tool" >/dev/null || { echo "vtysh-latency: $tool is missing" >&2; exit 1; }
done
[ -x "$FERRY/bin/vtysh" ] || { echo "vtysh-latency: build first: ./mvnw package -DskipTests" >&2; exit 1; }

cleanup() {
	# stop only what this script started, by PID
	[ -n "$FERRY_PID" ] && kill "$FERRY_PID" 2>/dev/null || true
	[ -n "$FRR_PID" ] && kill "$FRR_PID" 2>/dev/null || true
	for p in $FERRY_PID $FRR_PID; do
		for _ in $(seq 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
	done
	ip netns del "$NS" 2>/dev/null || true
	rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

wait_for_socket() { # path
	for _ in $(seq 300); do [ -S "$1" ] && return 0; sleep 0.1; done
	echo "vtysh-latency: $1 did not appear" >&2; exit 1
}

ip netns add "$NS"
ip -n "$NS" link set lo up
chmod 0755 "$WORK"
mkdir -p "$RUN_FRR" "$RUN_FERRY" "$OUT"
chown frr:frr "$RUN_FRR"; chmod 0775 "$RUN_FRR"

ip netns exec "$NS" /usr/lib/frr/zebra -d -u frr -g frr --vty_socket "$RUN_FRR" -i "$RUN_FRR/zebra.pid" \
	-z "$RUN_FRR/zserv.api" -A 127.0.0.1 --log "file:$RUN_FRR/zebra.log" -f /dev/null
wait_for_socket "$RUN_FRR/zebra.vty"
FRR_PID=$(cat "$RUN_FRR/zebra.pid")

ip netns exec "$NS" "$FERRY/bin/zebra" -d --vty_socket "$RUN_FERRY" -i "$RUN_FERRY/zebra.pid" \
	--log "file:$RUN_FERRY/zebra.log"
wait_for_socket "$RUN_FERRY/zebra.vty"
FERRY_PID=$(cat "$RUN_FERRY/zebra.pid")

hyperfine -N --warmup 5 --runs "$RUNS" --export-json "$OUT/hyperfine.json" \
	-n frr "vtysh --vty_socket $RUN_FRR -c 'show version'" \
	-n ferry "$FERRY/bin/vtysh --vty_socket $RUN_FERRY -c 'show version'" >"$OUT/hyperfine.txt"

python3 - "$OUT/hyperfine.json" "$RUN_FRR/zebra.vty" "$RUN_FERRY/zebra.vty" "$RUNS" <<'PY'
import json, socket, statistics, sys, time
hf, frr_sock, ferry_sock, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])

def socket_times(path):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect(path)
    def cmd(line):
        s.sendall(line.encode() + b"\0")
        buf = bytearray()
        while not (len(buf) >= 4 and buf[-4:-1] == b"\0\0\0"):
            buf += s.recv(65536)
    for _ in range(20):
        cmd("show version")
    t = []
    for _ in range(runs * 10):
        t0 = time.perf_counter(); cmd("show version"); t.append(time.perf_counter() - t0)
    return t

def row(name, t):
    ms = [x * 1000 for x in t]
    return f"| {name} | {statistics.median(ms):.2f} | {min(ms):.2f} | {max(ms):.2f} | {len(ms)} |"

print("| command | median ms | min ms | max ms | runs |")
print("|---|---|---|---|---|")
for r in json.load(open(hf))["results"]:
    label = {"frr": "FRR 8.4.4 vtysh", "ferry": "Ferry vtysh"}.get(r["command"], r["command"])
    print(row(f"{label} `-c 'show version'`", r["times"]))
print(row("VTY socket, FRR zebra", socket_times(frr_sock)))
print(row("VTY socket, Ferry zebra", socket_times(ferry_sock)))
PY
