#!/bin/bash
# frrinit.sh start|stop|restart|status [NAME] [-N NAME] [--config_dir DIR] [--run_dir DIR]
#
# Starts and stops one Ferry instance as FRR's /usr/lib/frr/frrinit.sh does: watchfrr starts zebra,
# staticd and the daemons enabled in <config dir>/daemons, in that order, each once the one before has
# its VTY socket, and restarts any that dies; then "vtysh -b" loads <config dir>/frr.conf.
#
#   start    start watchfrr and wait until every daemon's VTY socket answers. If one does not come up,
#            says which and where its log is, stops what was started and exits 1.
#   stop     SIGTERM to watchfrr, which stops the daemons (last started first); waits until all are gone.
#            Daemons that outlived watchfrr (e.g. it was killed) are stopped by their pid files.
#   restart  stop, then start
#   status   watchfrr and each daemon with its pid and whether its VTY socket answers;
#            exit 0 when all are up, 3 otherwise (LSB)
#
# Paths (an option wins over the environment):
#   NAME | -N NAME | $FRR_PATHSPACE         instance name: config dir /etc/frr/NAME, run dir /var/run/frr/NAME
#   --config_dir DIR | $FERRY_CONFIG_DIR    daemons and frr.conf (default /etc/frr[/NAME])
#   --run_dir DIR | $FERRY_RUN_DIR          pid files, VTY sockets, zserv.api, logs (default /var/run/frr[/NAME])
# Timing: $FERRY_START_TIMEOUT (s, default 60) for each daemon to come up,
#         $FERRY_STOP_TIMEOUT (s, default 10) for each daemon to stop before SIGKILL.
# Daemon logs: <run dir>/<daemon>.log; watchfrr's: <run dir>/watchfrr.log.
set -u

BIN=$(dirname "$(readlink -f "$0")")
START_TIMEOUT=${FERRY_START_TIMEOUT:-60}
STOP_TIMEOUT=${FERRY_STOP_TIMEOUT:-10}
PROTOCOL_DAEMONS="ospfd ospf6d ldpd bgpd"   # started after zebra and staticd, in this order
ALL_DAEMONS="zebra staticd $PROTOCOL_DAEMONS"

die() { echo "frrinit: $*" >&2; exit 1; }
usage() { sed -n '2,25p' "$0" >&2; exit 2; }

# ---------------------------------------------------------------- the daemons file (read, never sourced)
daemons_value() { # name -> its value in <config dir>/daemons (last assignment; quotes removed)
	local line v
	line=$(grep -E "^[[:space:]]*$1=" "$CONFIG_DIR/daemons" 2>/dev/null | tail -n 1)
	v=${line#*=}
	case $v in
	\"*) v=${v#\"}; v=${v%%\"*} ;;
	\'*) v=${v#\'}; v=${v%%\'*} ;;
	*)   v=${v%%[[:space:]#]*} ;;
	esac
	printf '%s' "$v"
}

daemons_to_start() {
	local list="zebra staticd" d
	for d in $PROTOCOL_DAEMONS; do
		[ "$(daemons_value "$d")" = yes ] && list="$list $d"
	done
	echo "$list"
}

started_daemons() { # what the last start started, else what the daemons file says
	cat "$RUN_DIR/frrinit.daemons" 2>/dev/null || daemons_to_start
}

# ---------------------------------------------------------------- processes of this instance
# The wait loops below use bash builtins only: no cat, sed, tr, grep or sleep process per round. In the VM labs,
# under qemu's CPU emulation, every fork+exec costs milliseconds, and seven routers' loops forking 40 times a
# second each took most of the guest's CPU from the daemons they were waiting for.
if exec {SNOOZE_FD}<> <(:) 2>/dev/null; then # a pipe nobody writes to: `read -t` on it sleeps without a process
	snooze() { read -r -t "$1" -u "$SNOOZE_FD" _ || :; }
else # no /dev/fd for the process substitution (a minimal system)
	snooze() { sleep "$1"; }
fi

# The pid in <run dir>/NAME.pid if that process runs and was given this very pid file (-i), so a
# reused pid or another instance's process is never taken for ours.
instance_pid() { # name
	local f="$RUN_DIR/$1.pid" pid arg args
	{ read -r pid <"$f"; } 2>/dev/null
	[ -n "${pid:-}" ] || return 1
	{ mapfile -d '' -t args <"/proc/$pid/cmdline"; } 2>/dev/null || return 1
	for arg in "${args[@]}"; do
		[ "$arg" = "$f" ] && { echo "$pid"; return 0; }
	done
	return 1
}

is_running() { # pid (not a zombie): the state is the field after the command name in /proc/PID/stat
	local stat
	{ read -r stat <"/proc/$1/stat"; } 2>/dev/null || return 1
	stat=${stat##*) }
	[ "${stat%% *}" != Z ]
}

wait_gone() { # pid seconds
	local deadline=$(( SECONDS + $2 ))
	while is_running "$1"; do
		[ $SECONDS -ge $deadline ] && return 1
		snooze 0.1
	done
}

stop_pid() { # name pid: SIGTERM, then SIGKILL after the stop timeout
	kill -TERM "$2" 2>/dev/null
	if ! wait_gone "$2" "$STOP_TIMEOUT"; then
		echo "frrinit: $1 (pid $2) did not stop within $STOP_TIMEOUT s; killing it" >&2
		kill -KILL "$2" 2>/dev/null
		wait_gone "$2" 5
	fi
}

show_log_tail() { # file
	[ -s "$1" ] || return 0
	echo "frrinit: last lines of $1:" >&2
	tail -n 20 "$1" | sed 's/^/    /' >&2
}

# ---------------------------------------------------------------- start
wait_for_socket() { # daemon
	local deadline=$(( SECONDS + START_TIMEOUT ))
	until [ -S "$RUN_DIR/$1.vty" ]; do
		if ! instance_pid watchfrr >/dev/null; then
			echo "frrinit: watchfrr exited while $1 was starting" >&2
			show_log_tail "$RUN_DIR/watchfrr.log"; return 1
		fi
		if [ $SECONDS -ge $deadline ]; then
			echo "frrinit: $1 did not open $RUN_DIR/$1.vty within $START_TIMEOUT s; see $RUN_DIR/$1.log" >&2
			show_log_tail "$RUN_DIR/$1.log"; return 1
		fi
		snooze 0.1
	done
}

wait_until_answering() { # daemons...: one probe JVM per round, as a socket may exist a moment before it listens
	local deadline=$(( SECONDS + START_TIMEOUT )) d sockets=() out down
	for d in "$@"; do sockets+=("$RUN_DIR/$d.vty"); done
	while ! out=$("$BIN/ferry-run" vty-probe "${sockets[@]}"); do
		if [ $SECONDS -ge $deadline ]; then
			down=$(printf '%s\n' "$out" | sed -n 's/ down$//p')
			[ -n "$down" ] || echo "frrinit: could not probe the VTY sockets (bin/ferry-run vty-probe failed)" >&2
			for d in $down; do echo "frrinit: $(basename "$d" .vty) does not answer on $d; see ${d%.vty}.log" >&2; done
			return 1
		fi
		snooze 0.2
	done
}

cmd_start() {
	local d pid daemons wpid
	[ -d "$CONFIG_DIR" ] || die "config dir $CONFIG_DIR does not exist"
	if wpid=$(instance_pid watchfrr); then echo "$INSTANCE: already running (watchfrr pid $wpid)"; return 0; fi
	for d in $ALL_DAEMONS; do
		pid=$(instance_pid "$d") && die "$d is running (pid $pid) without watchfrr; run: $0 stop $PATH_ARGS"
		rm -f "$RUN_DIR/$d.pid" "$RUN_DIR/$d.vty"
	done
	mkdir -p "$RUN_DIR" || die "cannot create run dir $RUN_DIR"
	daemons=$(daemons_to_start)
	echo "$daemons" >"$RUN_DIR/frrinit.daemons"
	local max_fds; max_fds=$(daemons_value MAX_FDS)
	[ -n "$max_fds" ] && { ulimit -n "$max_fds" || echo "frrinit: cannot set MAX_FDS=$max_fds" >&2; }

	# shellcheck disable=SC2046 # watchfrr_options and the daemon list are word lists
	"$BIN/watchfrr" -d -i "$RUN_DIR/watchfrr.pid" --log "file:$RUN_DIR/watchfrr.log" \
		--vty_socket "$RUN_DIR" --config_dir "$CONFIG_DIR" --bin_dir "$BIN" \
		$(daemons_value watchfrr_options) $daemons \
		|| die "watchfrr did not start; see $RUN_DIR/watchfrr.log"
	for d in $daemons; do
		wait_for_socket "$d" || { echo "frrinit: start of $INSTANCE failed; stopping it" >&2; cmd_stop >&2; exit 1; }
	done
	# shellcheck disable=SC2086
	wait_until_answering $daemons || { echo "frrinit: start of $INSTANCE failed; stopping it" >&2; cmd_stop >&2; exit 1; }

	if [ "$(daemons_value vtysh_enable)" = yes ] && [ -r "$CONFIG_DIR/frr.conf" ]; then
		"$BIN/vtysh" --vty_socket "$RUN_DIR" --config_dir "$CONFIG_DIR" -b \
			|| echo "frrinit: vtysh -b reported errors loading $CONFIG_DIR/frr.conf (status $?); the daemons keep running" >&2
	fi
	echo "$INSTANCE: started watchfrr (pid $(instance_pid watchfrr)) with$(for d in $daemons; do
		printf ' %s (pid %s)' "$d" "$(instance_pid "$d")"; done)"
}

# ---------------------------------------------------------------- stop
cmd_stop() {
	local wpid d pid n stopped=""
	n=$(started_daemons | wc -w)
	if wpid=$(instance_pid watchfrr); then
		kill -TERM "$wpid"
		# watchfrr stops each daemon in turn, each within the stop timeout
		if ! wait_gone "$wpid" $(( (n + 1) * STOP_TIMEOUT )); then
			echo "frrinit: watchfrr (pid $wpid) did not stop; killing it" >&2
			kill -KILL "$wpid" 2>/dev/null; wait_gone "$wpid" 5
		fi
		stopped="watchfrr ($wpid)"
	fi
	rm -f "$RUN_DIR/watchfrr.pid"
	for d in $(started_daemons | tr ' ' '\n' | tac); do
		pid=$(instance_pid "$d") || continue
		echo "frrinit: $d (pid $pid) outlived watchfrr; stopping it" >&2
		stop_pid "$d" "$pid"
		is_running "$pid" || rm -f "$RUN_DIR/$d.pid" "$RUN_DIR/$d.vty"
		stopped="${stopped:+$stopped }$d ($pid)"
	done
	for d in $(started_daemons); do
		pid=$(instance_pid "$d") && die "$d (pid $pid) is still running"
	done
	echo "$INSTANCE: stopped${stopped:+ $stopped}"
}

# ---------------------------------------------------------------- status
cmd_status() {
	local rc=0 wpid d pid sockets=() line
	declare -A answers=()
	if wpid=$(instance_pid watchfrr); then echo "watchfrr: running (pid $wpid)"; else echo "watchfrr: not running"; rc=3; fi
	for d in $(started_daemons); do [ -S "$RUN_DIR/$d.vty" ] && sockets+=("$RUN_DIR/$d.vty"); done
	if [ ${#sockets[@]} -gt 0 ]; then
		while read -r line; do answers[${line% *}]=${line##* }; done < <("$BIN/ferry-run" vty-probe "${sockets[@]}")
	fi
	for d in $(started_daemons); do
		if ! pid=$(instance_pid "$d"); then
			echo "$d: not running"; rc=3
		elif [ "${answers[$RUN_DIR/$d.vty]:-down}" = up ]; then
			echo "$d: running (pid $pid), VTY answers"
		else
			echo "$d: running (pid $pid), VTY $RUN_DIR/$d.vty does not answer"; rc=3
		fi
	done
	return $rc
}

# ---------------------------------------------------------------- arguments
[ $# -ge 1 ] || usage
COMMAND=$1; shift
NAME=${FRR_PATHSPACE:-} CONFIG_DIR=${FERRY_CONFIG_DIR:-} RUN_DIR=${FERRY_RUN_DIR:-}
while [ $# -gt 0 ]; do
	case $1 in
	-N|--pathspace) NAME=${2:?-N needs a name}; shift 2 ;;
	--config_dir)   CONFIG_DIR=${2:?--config_dir needs a directory}; shift 2 ;;
	--run_dir)      RUN_DIR=${2:?--run_dir needs a directory}; shift 2 ;;
	-*)             usage ;;
	*)              NAME=$1; shift ;;
	esac
done
case $NAME in */*|.|..) die "bad instance name '$NAME'" ;; esac
CONFIG_DIR=$(realpath -m "${CONFIG_DIR:-/etc/frr${NAME:+/$NAME}}")
RUN_DIR=$(realpath -m "${RUN_DIR:-/var/run/frr${NAME:+/$NAME}}")
INSTANCE=${NAME:-ferry}
PATH_ARGS="--config_dir $CONFIG_DIR --run_dir $RUN_DIR"

case $COMMAND in
start)   cmd_start ;;
stop)    cmd_stop ;;
restart) cmd_stop && cmd_start ;;
status)  cmd_status ;;
*)       usage ;;
esac
