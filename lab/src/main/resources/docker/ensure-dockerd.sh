#!/bin/bash
# ensure-dockerd.sh [DEADLINE_SECONDS]
#
# Makes a Docker engine answer on this machine for the container lab backend (dev.ferry.lab.docker):
#   1. installs Debian's docker.io when dockerd is missing (waits for the dpkg lock if apt runs elsewhere);
#   2. when `docker info` fails, starts dockerd in the background (its own session, so it outlives this
#      script), logging to /var/log/ferry-dockerd.log;
#   3. waits until `docker info` answers, at most DEADLINE_SECONDS (default 60).
# Idempotent: with an engine already answering it does nothing. Must run as root.
# Exit 0 when the engine answers, 1 otherwise (with the last lines of the log).
set -u

DEADLINE=${1:-60}
LOG=/var/log/ferry-dockerd.log

say() { echo "ensure-dockerd: $*"; }
die() { echo "ensure-dockerd: $*" >&2; exit 1; }

engine_answers() { docker info >/dev/null 2>&1; }

[ "$(id -u)" = 0 ] || die "must run as root (installs packages, starts dockerd)"

if engine_answers; then say "docker engine already answers"; exit 0; fi

if ! command -v dockerd >/dev/null 2>&1; then
	say "installing docker.io"
	export DEBIAN_FRONTEND=noninteractive
	apt-get install -y -q -o DPkg::Lock::Timeout=300 docker.io >/dev/null \
		|| { apt-get update -q >/dev/null && apt-get install -y -q -o DPkg::Lock::Timeout=300 docker.io >/dev/null; } \
		|| die "apt-get install docker.io failed"
fi
command -v docker >/dev/null 2>&1 || die "no docker client on the PATH after installing docker.io"

# A dockerd may be starting already (another caller): start one only when none runs.
if ! pgrep -x dockerd >/dev/null 2>&1; then
	say "starting dockerd (log: $LOG)"
	setsid dockerd </dev/null >>"$LOG" 2>&1 &
	say "dockerd pid $!"
fi

end=$(( SECONDS + DEADLINE ))
until engine_answers; do
	if [ $SECONDS -ge $end ]; then
		echo "ensure-dockerd: docker info did not answer within $DEADLINE s; last lines of $LOG:" >&2
		tail -n 20 "$LOG" 2>/dev/null | sed 's/^/    /' >&2
		exit 1
	fi
	sleep 0.2
done
say "docker engine answers after $SECONDS s"
