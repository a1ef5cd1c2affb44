#!/bin/sh
# The vm lab's control agent: PID 1 of the guest (dash, started by the initramfs), on the virtio-serial
# port named ferry.ctl. One line per message:
#   host -> guest   run ID            source EXEC/ID.sh in a subshell (it usually ends in `exec`), stdin
#                                     /dev/null, stdout to EXEC/ID.out, stderr to EXEC/ID.err, its pid in
#                                     EXEC/ID.pid; requests run concurrently
#                   kill ID SIGNAL    signal that process
#                   halt              end the VM (a reboot, which -no-reboot turns into qemu exiting)
#   guest -> host   ready RELEASE     once, when it listens
#                   done ID STATUS    when the command of ID ended
# When the host closes its end (the JVM that started the lab is gone, even killed), the agent powers the
# guest down and qemu exits, unless the kernel command line has ferry.keep=1 (a kept lab: another process
# may connect later).
# EXEC is the exec/ directory beside this script, in the lab's work directory that the host shares
# read-write: scripts go in and output comes back through files, so nothing needs escaping on the port.
# Process starts cost 50-100 ms under TCG: the loop uses shell builtins only.
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8
EXEC=${0%/*}/exec

halt() {
	echo "ferry-lab agent: $*" >/dev/console
	exec /bin/busybox reboot -f
}

echo /run/ferry/modprobe >/proc/sys/kernel/modprobe
# bash's process substitution, which the launchers' builtin sleeps use, needs /dev/fd (udev makes it elsewhere)
[ -e /dev/fd ] || ln -s /proc/self/fd /dev/fd
echo ferry-lab >/proc/sys/kernel/hostname
read -r release </proc/sys/kernel/osrelease
read -r cmdline </proc/cmdline
case " $cmdline " in *" ferry.keep=1 "*) keep=1 ;; *) keep= ;; esac

port=
for p in /sys/class/virtio-ports/*; do
	read -r name <"$p/name" 2>/dev/null && [ "$name" = ferry.ctl ] && port=/dev/${p##*/}
done
[ -n "$port" ] || halt "no virtio-serial port named ferry.ctl"
exec 3<>"$port" || halt "cannot open $port"

run() {
	(. "$EXEC/$1.sh") <"/dev/null" >"$EXEC/$1.out" 2>"$EXEC/$1.err" &
	echo $! >"$EXEC/$1.pid"
	wait $!
	echo "done $1 $?" >&3
}

# Writing blocks until the host is connected; reading gives end-of-file while it is not.
echo "ready $release" >&3
while :; do
	while read -r verb id arg <&3; do
		case $verb in
		run) run "$id" & ;;
		kill) read -r pid <"$EXEC/$id.pid" && kill "-${arg:-KILL}" "$pid" ;;
		halt) halt "halt requested" ;;
		esac
	done
	[ -n "$keep" ] || halt "the host closed the control channel"
	sleep 1
done
