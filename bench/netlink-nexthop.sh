#!/bin/bash
# netlink-nexthop.sh [N] [REPS] - what kernel nexthop objects would save zebra's dataplane: N IPv4 /24 routes
# through one gateway into a FRESH namespace (ferry-nhbench-PID, a veth pair, 10.250.0.2/24; deleted after each
# run), 256 RTM_NEWROUTE per sendmsg() without ACKs (as zebra sends them), CREATE|REPLACE, metric 20:
#   gw     each route carries RTA_GATEWAY (what Ferry's zebra sends today)
#   nhid   one RTM_NEWNEXTHOP first (id 1, gateway 10.250.0.1 on the veth), then each route carries RTA_NH_ID 1
#          (what FRR's zebra does with kernel nexthop groups)
# Messages are encoded before the clock starts; the time is the sends' (the kernel inserts the routes in
# sendmsg()). The kernel's prefix count is checked. Needs root, iproute2, python3.
set -euo pipefail
N=${1:-1000000}
REPS=${2:-2}
NS=ferry-nhbench-$$
trap 'ip netns del "$NS" 2>/dev/null || :' EXIT
for rep in $(seq 1 "$REPS"); do
	for mode in gw nhid; do
		ip netns add "$NS"
		ip -n "$NS" link set lo up
		ip -n "$NS" link add d0 type veth peer name d1
		ip -n "$NS" addr add 10.250.0.2/24 dev d0
		ip -n "$NS" link set d0 up; ip -n "$NS" link set d1 up
		ip netns exec "$NS" python3 - "$mode" "$N" <<'PY'
import socket, struct, sys, time
RTM_NEWROUTE, RTM_NEWNEXTHOP = 24, 104
F_REQ, F_ACK, F_CREATE, F_REPLACE = 1, 4, 0x400, 0x100
mode, n = sys.argv[1], int(sys.argv[2])
oif = socket.if_nametoindex('d0')
s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 0)
s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 8 << 20)
s.bind((0, 0))
gw = socket.inet_aton('10.250.0.1')
def attr(t, data):
    l = 4 + len(data)
    return struct.pack('=HH', l, t) + data + b'\0' * ((4 - l % 4) % 4)
if mode == 'nhid':
    body = struct.pack('=BBBBI', socket.AF_INET, 0, 4, 0, 0) + attr(1, struct.pack('=I', 1)) + attr(6, gw) \
        + attr(5, struct.pack('=I', oif))
    s.send(struct.pack('=IHHII', 16 + len(body), RTM_NEWNEXTHOP, F_REQ | F_ACK | F_CREATE | F_REPLACE, 1, 0) + body)
    err = struct.unpack_from('=i', s.recv(4096), 16)[0]
    if err:
        sys.exit(f"RTM_NEWNEXTHOP failed: errno {-err}")
    via = attr(30, struct.pack('=I', 1))          # RTA_NH_ID
else:
    via = attr(5, gw)                             # RTA_GATEWAY
rtmsg = struct.pack('=BBBBBBBBI', socket.AF_INET, 24, 0, 0, 254, 4, 0, 1, 0)
chunks, seq = [], 2
for i in range(0, n, 256):
    parts = []
    for j in range(min(256, n - i)):
        body = rtmsg + attr(1, ((11 << 24) + ((i + j) << 8)).to_bytes(4, 'big')) + attr(6, struct.pack('=I', 20)) + via
        parts.append(struct.pack('=IHHII', 16 + len(body), RTM_NEWROUTE, F_REQ | F_CREATE | F_REPLACE, seq, 0) + body)
        seq += 1
    chunks.append(b''.join(parts))
t0 = time.time(); c0 = time.process_time()
for c in chunks:
    s.send(c)
print(f"{mode}: {n} routes in {time.time() - t0:.3f} s ({time.process_time() - c0:.3f} s CPU)")
PY
		echo "  kernel prefixes: $(ip netns exec "$NS" awk '/^Main:/{m=1} m&&/Prefixes:/{print $2; exit}' /proc/net/fib_triestat)"
		ip netns del "$NS"
	done
done
