#!/bin/bash
# netlink-order.sh [N] [REPS] [ORDERS] - the kernel's FIB trie against the order routes come in: N IPv4 /24s by
# raw netlink (netlink-order.py) into a fresh sealed namespace each run (ferry-nlo-PID: a veth pair, no route
# out), alternating ORDERS (default "seq random"), REPS times. Why zebra's work queue spreads a backlog.
# Needs root, iproute2, python3.
set -euo pipefail
N=${1:-1000000}
REPS=${2:-2}
ORDERS=${3:-seq random}
HERE=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
NS=ferry-nlo-$$
cleanup() { ip netns del "$NS" 2>/dev/null || true; }
trap cleanup EXIT
for rep in $(seq 1 "$REPS"); do
	for order in $ORDERS; do
		cleanup
		ip netns add "$NS"
		ip -n "$NS" link set lo up
		ip -n "$NS" link add o0 type veth peer name o1
		ip -n "$NS" link set o0 up
		ip -n "$NS" link set o1 up
		ip -n "$NS" addr add 10.250.0.2/24 dev o0
		ip netns exec "$NS" python3 "$HERE/netlink-order.py" "$N" "$order" 10.250.0.1
	done
done
