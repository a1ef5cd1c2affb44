#!/bin/sh
# /init of the vm lab's initramfs (busybox ash; prepare-kernel.sh packs it). It builds the guest's root:
#   /           the host root, read-only over virtio-9p (tag hostroot), under a tmpfs overlay: writable,
#               and every write vanishes with the VM
#   /run /tmp   fresh tmpfs (the host's /run, with its netns files, must not show through)
#   WORK        the lab's work directory, read-write over virtio-9p (tag labwork) at the host's path
#   /lib/modules/VERSION   a link to the prepared kernel's modules in the host's cache
# then switch_roots to `sh AGENT` (the control agent, in WORK). Kernel parameters it reads:
#   ferry.work=WORK  ferry.agent=AGENT  ferry.modules=DIR (holding VERSION/)
# On any failure it says why on the console and reboots, which ends qemu (-no-reboot).
/bin/busybox --install -s /bin
export PATH=/bin

mount -t devtmpfs devtmpfs /dev
exec </dev/console >/dev/console 2>&1
mount -t proc proc /proc
mount -t sysfs sysfs /sys

fail() {
	echo "ferry-lab initramfs: $*"
	reboot -f
}

read -r cmdline </proc/cmdline
for word in $cmdline; do
	case $word in
	ferry.work=*) work=${word#*=} ;;
	ferry.agent=*) agent=${word#*=} ;;
	ferry.modules=*) modules=${word#*=} ;;
	esac
done
[ -n "${work:-}" ] && [ -n "${agent:-}" ] && [ -n "${modules:-}" ] ||
	fail "kernel parameters ferry.work, ferry.agent and ferry.modules are required"

modprobe -a virtio_pci virtio_console 9pnet_virtio 9p overlay || fail "cannot load the virtio/9p/overlay modules"

mkdir -p /lower /rw /newroot
mount -t 9p -o ro,trans=virtio,version=9p2000.L,cache=loose,msize=262144 hostroot /lower ||
	fail "cannot mount the host root (9p tag hostroot)"
mount -t tmpfs -o mode=0755 tmpfs /rw
mkdir -p /rw/upper /rw/work
mount -t overlay -o lowerdir=/lower,upperdir=/rw/upper,workdir=/rw/work overlay /newroot ||
	fail "cannot mount the overlay root"

mount -t tmpfs -o mode=0755,nosuid,nodev tmpfs /newroot/run
mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs /newroot/tmp
mkdir -p "/newroot$work"
mount -t 9p -o rw,trans=virtio,version=9p2000.L,msize=262144 labwork "/newroot$work" ||
	fail "cannot mount the lab work directory (9p tag labwork) at $work"

read -r release </proc/sys/kernel/osrelease
mkdir -p /newroot/usr/lib/modules
[ -e "/newroot/usr/lib/modules/$release" ] || ln -s "$modules/$release" "/newroot/usr/lib/modules/$release"
# The kernel's module loader (kernel.modprobe) is busybox under the name modprobe: the host has no kmod.
mkdir -p /newroot/run/ferry
ln -s /bin/busybox /newroot/run/ferry/modprobe

mount --move /dev /newroot/dev
mkdir -p /newroot/dev/pts /newroot/dev/shm
mount -t devpts devpts /newroot/dev/pts
mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs /newroot/dev/shm
mount --move /sys /newroot/sys
mount --move /proc /newroot/proc
exec switch_root /newroot /bin/sh "$agent"
