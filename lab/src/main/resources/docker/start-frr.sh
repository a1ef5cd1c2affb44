#!/bin/sh
# start-frr.sh CONFIG_DIR RUN_DIR DAEMON... - starts real FRR (Debian's /usr/lib/frr) in a lab container.
#
# Runs each daemon as FRR's own init does, as user frr with a run dir it owns: zebra first, then the others
# in the order given, each once the one before opened its VTY socket (RUN_DIR/<daemon>.vty). Then
# `vtysh -b` loads CONFIG_DIR/frr.conf (when it exists); its errors are warnings on stderr, as with
# frrinit.sh. Logs: RUN_DIR/<daemon>.log.
# Exit 0 when every daemon answers; 1 with the reason and the daemon's last log lines otherwise.
# Timing: $FERRY_START_TIMEOUT seconds (default 30) for each daemon's socket.
set -u
[ $# -ge 2 ] || { echo "usage: start-frr.sh CONFIG_DIR RUN_DIR DAEMON..." >&2; exit 2; }
CONF=$1 RD=$2; shift 2
TIMEOUT=${FERRY_START_TIMEOUT:-30}

if ! { mkdir -p "$RD" && chown frr:frr "$RD" && chmod 755 "$RD"; }; then
	echo "start-frr: cannot prepare $RD" >&2; exit 1
fi

fail() { # daemon message
	echo "start-frr: $2" >&2
	[ -s "$RD/$1.log" ] && { echo "start-frr: last lines of $RD/$1.log:" >&2; tail -n 15 "$RD/$1.log" | sed 's/^/    /' >&2; }
	exit 1
}

for d in "$@"; do
	[ -x "/usr/lib/frr/$d" ] || fail "$d" "no FRR daemon /usr/lib/frr/$d in this image"
	extra=""
	case $d in
	zebra) extra="-s 90000000" ;;
	ldpd)  extra="--ctl_socket $RD" ;;
	esac
	# shellcheck disable=SC2086 # extra is a word list
	"/usr/lib/frr/$d" -d -u frr -g frr --vty_socket "$RD" -i "$RD/$d.pid" -z "$RD/zserv.api" -A 127.0.0.1 \
		--log "file:$RD/$d.log" -f /dev/null $extra || fail "$d" "$d did not start (status $?)"
	waited=0
	until [ -S "$RD/$d.vty" ]; do
		pid=$(cat "$RD/$d.pid" 2>/dev/null)
		[ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null && fail "$d" "$d (pid $pid) exited before opening $RD/$d.vty"
		[ $waited -ge $(( TIMEOUT * 10 )) ] && fail "$d" "$d did not open $RD/$d.vty within $TIMEOUT s"
		sleep 0.1; waited=$(( waited + 1 ))
	done
done

# As FRR's own init does, a config with errors leaves the daemons running: warn, with what vtysh said.
if [ -r "$CONF/frr.conf" ] && ! out=$(vtysh --vty_socket "$RD" --config_dir "$CONF" -b 2>&1); then
	echo "start-frr: warning: vtysh -b reported errors loading $CONF/frr.conf; the daemons keep running:" >&2
	printf '%s\n' "$out" | sed 's/^/    /' >&2
fi
echo "start-frr: started $*"
