# fib-common.sh - sourced by netlink-fib.sh and zebra-fib.sh: the routes both install, a fresh namespace to
# install them into, and the kernel's prefix count. Needs $N, $OUT and $NS set by the caller.

# routes_file: "route add 11.x.y.0/24 via 10.250.0.1" lines for `ip -batch`, written once per N.
routes_file() {
	local f=$OUT/routes-$N.batch
	if [ ! -s "$f" ]; then
		python3 - "$N" >"$f" <<'PY'
import sys
n = int(sys.argv[1])
w = sys.stdout.write
for i in range(n):
    a = (11 << 24) + (i << 8)
    w(f"route add {a >> 24}.{(a >> 16) & 255}.{(a >> 8) & 255}.0/24 via 10.250.0.1\n")
PY
	fi
	echo "$f"
}

# fresh_namespace: $NS anew, lo up, a veth pair nlb0/nlb1 with 10.250.0.2/30 on nlb0 (10.250.0.1 is its
# connected gateway).
fresh_namespace() {
	[ -e "/run/netns/$NS" ] && ip netns del "$NS"
	ip netns add "$NS"
	ip -n "$NS" link set dev lo up
	ip -n "$NS" link add name nlb0 type veth peer name nlb1
	ip -n "$NS" addr add 10.250.0.2/30 dev nlb0
	ip -n "$NS" link set dev nlb0 up
	ip -n "$NS" link set dev nlb1 up
}

# kcount: IPv4 prefixes in the namespace's main table.
kcount() { ip netns exec "$NS" awk '/^Main:/{m=1} m&&/Prefixes:/{print $2; exit}' /proc/net/fib_triestat; }
