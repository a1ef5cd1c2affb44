#!/bin/bash
# l3vpn-converge.sh [ROUNDS] - the seed tutorial's MPLS L3VPN (built-in lab l3vpn), from `ferry-lab up` to the
# first CE1 -> CE2 ping, on seven Ferry routers against the all-FRR lab (`--frr all`), in one run.
#
# Both run in the same backend (the vm backend where the host kernel lacks MPLS or VRFs, as `ferry-lab up`
# picks it), from the same frr.conf lines with the same (default) timers; FRR gets its VRFs from the lab (the
# tutorial's `ip link add ... type vrf`), Ferry's zebra makes its own. Rounds alternate FRR and Ferry. For each
# run the script prints the time from the command's start to: the routers up (daemons started, configs loaded),
# and the lab's "CE1 pings CE2" check passing; the checks after it are skipped (--no-checks is not used: the
# checks before it, OSPF/LDP/BGP/VPN routes, run in order, so the ping is polled only once they hold).
# Needs root and what ferry-lab's backend needs (qemu and its kernel for vm); run `./mvnw package` first.
set -euo pipefail
ROUNDS=${1:-1}
ROOT=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
LAB=$ROOT/etc/target/ferry/bin/ferry-lab
STATE=$(mktemp -d /tmp/ferry-bench-l3vpn.XXXXXX)
trap 'rm -rf "$STATE"' EXIT
[ -x "$LAB" ] || { echo "l3vpn-converge: build first: ./mvnw package -DskipTests" >&2; exit 1; }

one() { # label, extra ferry-lab args...
	local label=$1 start line up="" ping=""; shift
	start=$(date +%s.%N)
	# ferry-lab tears the lab down itself when up returns; its output is read as it comes
	while IFS= read -r line; do
		echo "      $line" >>"$STATE/$label.log"
		case $line in
		*"== lab "*" is up, id "*) up=$(echo "$(date +%s.%N) - $start" | bc) ;;
		*"ok    CE1 pings CE2"*) ping=$(echo "$(date +%s.%N) - $start" | bc) ;;
		esac
	done < <("$LAB" --state-dir "$STATE" up "$@" l3vpn 2>&1)
	printf '| %-22s | %8.1f s | %s |\n' "$label" "${up:-0}" "$( [ -n "$ping" ] && printf '%.1f s' "$ping" || echo 'no ping')"
	[ -n "$ping" ] || sed -n '/== checks/,$p' "$STATE/$label.log" >&2
}

echo "| lab                    | routers up | first CE1-CE2 ping |"
echo "|---|---|---|"
for _ in $(seq "$ROUNDS"); do
	one "FRR 8.4 (--frr all)" --frr all
	one "Ferry (seven routers)"
done
