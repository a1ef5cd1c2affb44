#!/bin/bash
# bgp-ingest.sh [N] [REPS] - a full BGP table from one eBGP peer into the RIB and the kernel: Ferry's bgpd +
# zebra against real FRR 8.4's bgpd + zebra, in one run, with the bench-anchors harness
# (../shared/bench-anchors, README "Pointing the harness at another implementation").
#
# Per repetition and implementation: fresh namespaces pa-bl (blaster.py, AS 65100, N /24s from 11.0.0.0
# in 4 KB UPDATEs) and pa-rt (the router under test, AS 65000); measure.py times, from the first UPDATE
# byte: bgp (all N in `show bgp ipv4 unicast summary json` pfxRcd), rib (`show ip route summary json`,
# ebgp rib), kernel (/proc/net/fib_triestat), and samples RSS/CPU. FRR and Ferry alternate, REPS times.
# Ferry runs zebra and bgpd in the foreground of one shell (so the harness samples both) from
# etc/target/ferry, with bench/conf/bgp-ingest-bgpd.conf.
# IMPLS="frr bird ferry" adds BIRD 2 (the harness's conf/bird), which DESIGN.md's target names too.
# Needs root, Debian's frr (and bird2 for bird), python3, a build (./mvnw package -DskipTests). Results: $OUTROOT/results
# (default /tmp/ferry-bench-bgp), then a summary by the harness's summarize.py.
set -euo pipefail
N=${1:-100000}
REPS=${2:-1}
ROOT=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
PA=${PA_DIR:-$ROOT/../shared/bench-anchors}
FERRY=${FERRY_DIST:-$ROOT/etc/target/ferry}   # FERRY_DIST: another build's etc/target/ferry (A/B runs)
export OUTROOT=${OUTROOT:-/tmp/ferry-bench-bgp}
export RESULTS=$OUTROOT/results
[ -x "$PA/run-ingest.sh" ] || { echo "bgp-ingest: no bench-anchors harness at $PA (set PA_DIR)" >&2; exit 1; }
[ -x "$FERRY/bin/bgpd" ] || { echo "bgp-ingest: build first: ./mvnw package -DskipTests" >&2; exit 1; }
RD=$OUTROOT/run/ferry
mkdir -p "$RESULTS" "$RD"

ferry_cmd="rm -f $RD/*.vty $RD/*.pid $RD/zserv.api; \
FERRY_JAVA_OPTS=\"\${ZEBRA_JAVA_OPTS:-}\" $FERRY/bin/zebra --vty_socket $RD -i $RD/zebra.pid --log file:$RD/zebra.log -f /dev/null & \
FERRY_JAVA_OPTS=\"\${BGPD_JAVA_OPTS:-}\" $FERRY/bin/bgpd --vty_socket $RD -i $RD/bgpd.pid --log file:$RD/bgpd.log -f $ROOT/bench/conf/bgp-ingest-bgpd.conf & \
wait"

IMPLS=${IMPLS:-frr ferry}   # IMPLS=ferry: Ferry alone (profiling); "frr bird ferry": BIRD 2 too (needs bird2)
for rep in $(seq 1 "$REPS"); do
	case " $IMPLS " in *" frr "*) REP_START=$rep "$PA/run-ingest.sh" frr "$N" 1 ;; esac
	case " $IMPLS " in *" bird "*) REP_START=$rep "$PA/run-ingest.sh" bird "$N" 1 ;; esac
	case " $IMPLS " in *" ferry "*) ;; *) continue ;; esac
	REP_START=$rep TAG=-ferry ROUTER_CMD="$ferry_cmd" READY_CMD="test -S $RD/bgpd.vty -a -S $RD/zebra.vty" \
		PROBE_BGP="frr-bgp:$RD" PROBE_RIB="frr-rib:$RD" "$PA/run-ingest.sh" cmd "$N" 1
done
python3 - "$RESULTS" "$N" <<'PY'
import glob, json, statistics, sys
res, n = sys.argv[1], sys.argv[2]
for impl, pat in (("FRR 8.4 bgpd+zebra", f"ingest-frr-{n}-rep*.json"), ("BIRD 2", f"ingest-bird-{n}-rep*.json"),
                  ("Ferry bgpd+zebra", f"ingest-cmd-{n}-rep*-ferry.json")):
    runs = [json.load(open(f)) for f in sorted(glob.glob(f"{res}/{pat}")) if not f.endswith(".blaster.json")]
    if not runs:
        continue
    def med(k):
        v = [r[k] for r in runs if isinstance(r.get(k), (int, float))]
        return f"{statistics.median(v):.2f}" if v else "-"
    rss = [r["sum_hwm_kb"] / 1024 for r in runs if isinstance(r.get("sum_hwm_kb"), (int, float))]
    cpu = [sum(v for k, v in r.items() if k.startswith("cpu_")) for r in runs]
    print(f"{impl}: runs {len(runs)}  bgp {med('t_bgp_s')} s  rib {med('t_rib_s')} s  kernel {med('t_kernel_s')} s"
          f"  peak RSS (sum) {statistics.median(rss):.0f} MB  CPU {statistics.median(cpu):.1f} s")
PY
