#!/bin/bash
# netlink-order.sh [N] [REPS] [ORDERS] - the kernel's FIB trie against the order routes come in: N IPv4 /24s by
# raw netlink (netlink-order.py) into a fresh sealed namespace each run (fib-common.sh's: a veth pair, no
# route out), alternating ORDERS (default "seq random"), REPS times. Why zebra's work queue spreads a backlog.
# Needs root, iproute2, python3.
set -euo pipefail
N=${1:-1000000}
REPS=${2:-2}
ORDERS=${3:-seq random}
ROOT=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
NS=ferry-nlo-$$
cleanup() { [ -e "/run/netns/$NS" ] && ip netns del "$NS"; return 0; }
trap cleanup EXIT INT TERM

# shellcheck source=fib-common.sh
. "$ROOT/bench/fib-common.sh"
for rep in $(seq 1 "$REPS"); do
	for order in $ORDERS; do
		fresh_namespace
		ip netns exec "$NS" python3 "$ROOT/bench/netlink-order.py" "$N" "$order" 10.250.0.1
	done
done
