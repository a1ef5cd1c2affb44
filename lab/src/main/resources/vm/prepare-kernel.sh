#!/bin/sh
# Prepares the guest kernel of the "vm" lab backend: Debian's stock kernel (MPLS, VRF and tunnels as
# modules), downloaded with apt but never installed, unpacked into a cache, with
#   vmlinux                 the uncompressed ELF kernel, booted through qemu's PVH entry (~3 s faster
#                           under TCG than the bzImage)
#   lib/modules/VERSION/    its modules, modules.dep and modules.alias built by `busybox depmod`
#   initramfs.cpio.gz       busybox-static + the virtio/9p/overlay modules + initramfs-init.sh as /init
#   initramfs.key           sha256 of that /init and the module list: a changed /init rebuilds the
#                           initramfs alone (the vm backend compares it with the /init it ships)
#   prepared                version=, seconds= (how long preparing took)
#   ready                   written last: the directory is complete
# and CACHE/current -> VERSION. Idempotent: when the version apt names is prepared it returns at once.
# Older prepared versions are removed once a newer one is ready.
#
# Usage: prepare-kernel.sh [CACHE]   (CACHE defaults to $FERRY_LAB_KERNEL_CACHE or /var/cache/ferry-lab/kernel)
# Needs root, apt, dpkg, busybox-static, xz-utils, gzip. Prints the prepared directory on stdout.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
cache=${1:-${FERRY_LAB_KERNEL_CACHE:-/var/cache/ferry-lab/kernel}}
# Loaded by the initramfs to reach the host root (virtio-9p), the control port (virtio-serial) and the overlay.
INITRAMFS_MODULES="virtio_pci virtio_console 9pnet_virtio 9p overlay"
BUSYBOX=/bin/busybox

log() { echo "prepare-kernel: $*" >&2; }
die() { log "$*"; exit 1; }

kernel_package() {
	apt-cache depends linux-image-amd64 2>/dev/null |
		sed -n 's/^ *Depends: \(linux-image-[0-9][^ ]*\)$/\1/p' | head -n 1
}

# initramfs.cpio.gz of a prepared directory: busybox, /init and the modules it loads (with their
# dependencies). initramfs.key records what it was built from, so a changed /init rebuilds it alone.
initramfs_key() {
	printf '%s %s\n' "$(sha256sum <"$here/initramfs-init.sh" | cut -d' ' -f1)" "$INITRAMFS_MODULES"
}

build_initramfs() { # DIR VERSION SCRATCH
	[ -x "$BUSYBOX" ] || die "$BUSYBOX is missing (apt package busybox-static)"
	ldd "$BUSYBOX" 2>&1 | grep -q 'not a dynamic executable' ||
		die "$BUSYBOX is dynamically linked: the initramfs needs busybox-static"
	moddir=lib/modules/$2
	ir=$3/initramfs
	rm -rf "$ir"
	mkdir -p "$ir/bin" "$ir/dev" "$ir/proc" "$ir/sys" "$ir/$moddir"
	cp "$BUSYBOX" "$ir/bin/busybox"
	ln -s busybox "$ir/bin/sh"
	cp "$here/initramfs-init.sh" "$ir/init"
	chmod 755 "$ir/init"
	# Each wanted module's modules.dep line names its file and all its dependencies.
	awk -v want="$INITRAMFS_MODULES" '
		BEGIN { n = split(want, w, " "); for (i = 1; i <= n; i++) need[w[i]] = 1 }
		{
			f = $1; sub(/:$/, "", f); m = f; sub(/.*\//, "", m); sub(/\.ko$/, "", m)
			if (m in need) { found++; print f; for (i = 2; i <= NF; i++) print $i }
		}
		END { if (found != n) exit 1 }' "$1/$moddir/modules.dep" | sort -u >"$3/modules.list" ||
		die "modules.dep lacks one of: $INITRAMFS_MODULES"
	while read -r ko; do
		mkdir -p "$ir/$moddir/$(dirname "$ko")"
		cp "$1/$moddir/$ko" "$ir/$moddir/$ko"
	done <"$3/modules.list"
	awk 'NR == FNR { keep[$1 ":"] = 1; next } $1 in keep' "$3/modules.list" "$1/$moddir/modules.dep" \
		>"$ir/$moddir/modules.dep"
	(cd "$ir" && find . | "$BUSYBOX" cpio -o -H newc 2>/dev/null) | gzip -9 >"$1/initramfs.cpio.gz.new"
	mv "$1/initramfs.cpio.gz.new" "$1/initramfs.cpio.gz"
	initramfs_key >"$1/initramfs.key"
	rm -rf "$ir"
}

use_prepared() {
	if [ "$(cat "$cache/$1/initramfs.key" 2>/dev/null)" != "$(initramfs_key)" ]; then
		log "initramfs of $1 is out of date: rebuilding it"
		scratch=$(mktemp -d "$cache/.initramfs.XXXXXX")
		build_initramfs "$cache/$1" "$1" "$scratch"
		rm -rf "$scratch"
	fi
	ln -sfn "$1" "$cache/current"
	echo "$cache/$1"
	exit 0
}

pkg=$(kernel_package)
if [ -z "$pkg" ]; then
	log "apt names no kernel package yet: apt-get update"
	apt-get update -q >&2 || true
	pkg=$(kernel_package)
fi
if [ -z "$pkg" ]; then
	if [ -f "$cache/current/ready" ]; then
		log "apt names no linux-image-VERSION package; keeping the prepared $(readlink "$cache/current")"
		use_prepared "$(readlink "$cache/current")"
	fi
	die "apt-cache depends linux-image-amd64 names no linux-image-VERSION package"
fi
version=${pkg#linux-image-}
[ -f "$cache/$version/ready" ] && use_prepared "$version"

[ "$(id -u)" = 0 ] || die "must run as root (apt, and a cache under /var/cache)"
for tool in apt-get dpkg xz gzip; do
	command -v "$tool" >/dev/null || die "$tool is missing (apt packages: busybox-static xz-utils gzip)"
done

started=$(date +%s%N)
mkdir -p "$cache"
work=$(mktemp -d "$cache/.prepare.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

log "downloading $pkg"
download() { (cd "$work" && apt-get download -q -o APT::Sandbox::User=root "$pkg" >&2); }
if ! download; then
	log "download failed: apt-get update and retry"
	apt-get update -q >&2
	download
fi
dpkg -x "$work"/"$pkg"_*.deb "$work/deb"

out=$work/out
mkdir -p "$out/lib/modules"
if [ -d "$work/deb/lib/modules/$version" ]; then
	mv "$work/deb/lib/modules/$version" "$out/lib/modules/"
else
	mv "$work/deb/usr/lib/modules/$version" "$out/lib/modules/"
fi
cp "$work/deb/boot/config-$version" "$out/config"

# vmlinuz is a bzImage whose payload is an xz stream: the ELF vmlinux inside it has the PVH entry note.
vmlinuz=$work/deb/boot/vmlinuz-$version
offset=$(LC_ALL=C grep -obUaP '\xfd7zXZ\x00' "$vmlinuz" | head -n 1 | cut -d: -f1)
[ -n "$offset" ] || die "no xz payload in $vmlinuz (not an xz-compressed kernel?)"
tail -c "+$((offset + 1))" "$vmlinuz" | xz -dc --single-stream >"$out/vmlinux"
[ "$(head -c 4 "$out/vmlinux" | od -An -c | tr -d ' ')" = '177ELF' ] || die "extracted vmlinux is not an ELF file"
rm -rf "$work/deb" "$work"/*.deb

log "depmod $version"
"$BUSYBOX" depmod -b "$out" "$version"

log "initramfs"
build_initramfs "$out" "$version" "$work"

finished=$(date +%s%N)
printf 'version=%s\nseconds=%s\n' "$version" \
	"$(awk -v ns="$((finished - started))" 'BEGIN { printf "%.1f", ns / 1e9 }')" >"$out/prepared"
touch "$out/ready"
if ! mv "$out" "$cache/$version" 2>/dev/null; then
	[ -f "$cache/$version/ready" ] || die "cannot move the prepared kernel to $cache/$version"
fi
ln -sfn "$version" "$cache/current"
for old in "$cache"/*/; do
	old=${old%/}
	[ -L "$old" ] || [ "${old##*/}" = "$version" ] && continue
	[ -f "$old/ready" ] && [ -f "$old/vmlinux" ] && rm -rf "$old" && log "removed the older $old"
done
log "prepared $version in $(sed -n 's/^seconds=//p' "$cache/$version/prepared") s"
echo "$cache/$version"
